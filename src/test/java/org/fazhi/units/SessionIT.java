package org.fazhi.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.support.DemoUsers.as;
import static org.fazhi.units.UnitsFixtures.json;
import static org.fazhi.units.UnitsFixtures.withSession;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import org.fazhi.support.FazhiIT;
import org.fazhi.support.TestClock;
import org.fazhi.units.UnitsFixtures.Account;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Console sessions (SECURITY.md AUTH-05, AC-03): the session id changes at sign-in, a session ends
 * 12 hours after sign-in however active, sign-out ends it on the server, and disabling an account
 * ends its running session; a role change applies to the running session.
 */
@FazhiIT
class SessionIT {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    TestClock clock;
    @Autowired
    Units units;

    Account account;

    @BeforeEach
    void setUp() {
        account = UnitsFixtures.readyAccount(mvc, units.findByCode("SFX-ZRZY").orElseThrow().id(), "sess");
        clock.set(clock.instant());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private MockHttpSession signIn() {
        return UnitsFixtures.signIn(mvc, account.username(), account.password(), UnitsFixtures.fromAddress("127.0.0.1"));
    }

    @Test
    void theSessionIdChangesAtSignIn() {
        MockHttpSession before = new MockHttpSession();
        String oldId = before.getId();
        var r = mvc.post().uri("/login").session(before).param("username", account.username())
                .param("password", account.password()).with(csrf()).exchange();
        assertThat(r.getRequest().getSession(false).getId()).isNotEqualTo(oldId);
    }

    @Test
    void aSessionEndsTwelveHoursAfterSignInHoweverActive() {
        MockHttpSession session = signIn();
        // a request every 29 minutes keeps it from going idle: 24 of them reach 11 h 36 min
        for (int i = 0; i < 24; i++) {
            clock.advance(Duration.ofMinutes(29));
            assertThat(mvc.get().uri("/console/account").with(withSession(session))).hasStatusOk();
        }
        clock.advance(Duration.ofMinutes(25));
        assertThat(mvc.get().uri("/console/account").with(withSession(session))).hasRedirectedUrl("/login?expired");
        assertThat(session.isInvalid()).isTrue();
        assertThat(mvc.get().uri("/console/account").with(withSession(session))).hasStatus3xxRedirection();
    }

    @Test
    void aSessionEndsAfterThirtyMinutesWithoutARequest() {
        MockHttpSession session = signIn();
        assertThat(mvc.get().uri("/console/account").with(withSession(session))).hasStatusOk();
        clock.advance(Duration.ofMinutes(29));
        assertThat(mvc.get().uri("/console/account").with(withSession(session))).hasStatusOk();
        clock.advance(Duration.ofMinutes(30).plusSeconds(1));
        assertThat(mvc.get().uri("/console/account").with(withSession(session))).hasRedirectedUrl("/login?expired");
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void signingOutEndsTheSessionOnTheServer() {
        MockHttpSession session = signIn();
        assertThat(mvc.get().uri("/console/account").with(withSession(session))).hasStatusOk();
        assertThat(mvc.post().uri("/logout").with(withSession(session)).with(csrf()))
                .hasRedirectedUrl("/login?logout");
        assertThat(session.isInvalid()).isTrue();
        var replay = mvc.get().uri("/console/account").with(withSession(session)).exchange();
        assertThat(replay.getResponse().getStatus()).isEqualTo(302);
        assertThat(replay.getResponse().getRedirectedUrl()).contains("/login");
    }

    @Test
    void disablingAnAccountEndsItsRunningSession() {
        MockHttpSession session = signIn();
        assertThat(mvc.get().uri("/console/account").with(withSession(session))).hasStatusOk();
        assertThat(json(mvc, "PUT", "/api/v1/users/" + account.id(), as("admin"), "{\"displayName\":\"停用者\",\"unitId\":"
                + units.findByCode("SFX-ZRZY").orElseThrow().id() + ",\"enabled\":false}").getResponse().getStatus())
                .isEqualTo(200);
        assertThat(mvc.get().uri("/console/account").with(withSession(session))).hasRedirectedUrl("/login?expired");
        assertThat(json(mvc, "GET", "/api/v1/account", account.basic(), null).getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void aRoleGrantAppliesToTheRunningSession() {
        MockHttpSession session = signIn();
        assertThat(mvc.get().uri("/console/units/import").with(withSession(session))).hasStatus(403);
        assertThat(json(mvc, "PUT", "/api/v1/users/" + account.id() + "/roles", as("secadmin"),
                "{\"roles\":[\"RULE_OF_LAW_OFFICE\"]}").getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.get().uri("/console/units/import").with(withSession(session))).hasStatusOk();
    }
}
