package org.fazhi.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.units.UnitsFixtures.withSession;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.Collections;
import org.fazhi.support.FazhiIT;
import org.fazhi.units.UnitsFixtures.Account;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Authentication data is cleared (SECURITY.md RI-01): the session keeps no password (the signed-in
 * user's credentials are erased), nothing logged during sign-in and sign-out holds the password, and
 * signing out ends the session on the server and tells the browser to clear the site's cache, cookies
 * and storage ({@code Clear-Site-Data}, on HTTPS as the browser only honours it there); the old session
 * cookie then leads to the sign-in page.
 */
@FazhiIT
@ExtendWith(OutputCaptureExtension.class)
class SignOutClearsIT {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Units units;

    @Test
    void signingOutClearsTheSiteAndNeitherTheSessionNorTheLogEverHoldsThePassword(CapturedOutput output) {
        long township = units.findByCode("SFX-DH").orElseThrow().id();
        Account a = UnitsFixtures.readyAccount(mvc, township, "ri");
        MockHttpSession session = UnitsFixtures.signIn(mvc, a.username(), a.password(),
                UnitsFixtures.fromFreshAddress());

        for (String name : Collections.list(session.getAttributeNames())) {
            Object value = session.getAttribute(name);
            assertThat(String.valueOf(value)).as(name).doesNotContain(a.password());
            if (value instanceof SecurityContext context) {
                assertThat(context.getAuthentication().getCredentials()).as("credentials erased").isNull();
            }
        }

        // over HTTPS, as behind the production's TLS gateway (the header is sent on secure requests only)
        MvcTestResult out = mvc.post().uri("/logout").secure(true).with(withSession(session)).with(csrf()).exchange();
        assertThat(out.getResponse().getRedirectedUrl()).isEqualTo("/login?logout");
        assertThat(out.getResponse().getHeader("Clear-Site-Data")).contains("\"cache\"", "\"cookies\"", "\"storage\"");
        assertThat(session.isInvalid()).isTrue();
        MvcTestResult replay = mvc.get().uri("/console/account").with(withSession(session)).exchange();
        assertThat(replay.getResponse().getRedirectedUrl()).contains("/login");

        assertThat(output.getAll()).as("the log").doesNotContain(a.password());
    }
}
