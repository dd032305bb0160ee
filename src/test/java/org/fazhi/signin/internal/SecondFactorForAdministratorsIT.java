package org.fazhi.signin.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.fazhi.support.DemoUsers;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * {@code required-for: administrators}: a business account signs in with its password alone, the
 * system administrator is held at the code page.
 */
@FazhiIT(properties = "fazhi.security.second-factor.required-for=administrators")
class SecondFactorForAdministratorsIT {

    @Autowired
    MockMvcTester mvc;

    final RequestPostProcessor from = SecondFactorIT.freshAddress();

    private MvcTestResult signIn(String username, String password) {
        return mvc.post().uri("/login").param("username", username).param("password", password).with(csrf())
                .with(from).exchange();
    }

    @Test
    void aBusinessAccountNeedsOnlyItsPassword() {
        MvcTestResult r = signIn("donghu", DemoUsers.PASSWORD);
        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/console");
        MockHttpSession session = (MockHttpSession) r.getRequest().getSession(false);
        assertThat(mvc.get().uri("/console").session(session).with(from).exchange().getResponse().getStatus())
                .isEqualTo(200);
        assertThat(mvc.get().uri("/login/totp").session(session).with(from).exchange().getResponse()
                .getRedirectedUrl()).isEqualTo("/console");
    }

    @Test
    void theSystemAdministratorIsHeldAtTheCodePage() {
        MvcTestResult r = signIn(DemoUsers.ADMIN, DemoUsers.ADMIN_PASSWORD);
        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/login/totp");
        MockHttpSession session = (MockHttpSession) r.getRequest().getSession(false);
        assertThat(mvc.get().uri("/console").session(session).with(from).exchange().getResponse()
                .getRedirectedUrl()).isEqualTo("/login/totp");
        assertThat(mvc.get().uri("/console/users").session(session).with(from).exchange().getResponse()
                .getRedirectedUrl()).isEqualTo("/login/totp");
    }
}
