package org.fazhi.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.support.DemoUsers.as;
import static org.fazhi.units.UnitsFixtures.fromAddress;
import static org.fazhi.units.UnitsFixtures.json;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import org.fazhi.support.FazhiIT;
import org.fazhi.support.TestClock;
import org.fazhi.units.UnitsFixtures.Account;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Login-failure handling (SECURITY.md AUTH-04): five failures within 15 minutes lock the account
 * for 30 minutes, during which even the right password is refused with the same generic message;
 * the lock is audited; and one address that fails too often is throttled whatever account it tries.
 * Each test uses its own account and its own client address.
 */
@FazhiIT
class SignInLockoutIT {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    TestClock clock;
    @Autowired
    Units units;
    @Autowired
    JdbcClient jdbc;

    Account account;
    RequestPostProcessor from;

    @BeforeEach
    void setUp() {
        account = UnitsFixtures.readyAccount(mvc, units.findByCode("SFX-JYJ").orElseThrow().id(), "lock");
        from = UnitsFixtures.fromFreshAddress();
        clock.set(clock.instant());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private MvcTestResult formSignIn(String password) {
        return mvc.post().uri("/login").param("username", account.username()).param("password", password)
                .with(csrf()).with(from).exchange();
    }

    @Test
    void fiveFailuresLockTheAccountAndEvenTheRightPasswordIsRefusedUntilTheLockRunsOut() {
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofMinutes(2));
            assertThat(formSignIn("Wrong#Password-" + i).getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        }
        MvcTestResult sixth = formSignIn(account.password());
        assertThat(sixth.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(json(mvc, "GET", "/api/v1/account", account.basic(), null).getResponse().getStatus())
                .isEqualTo(401);
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'user' and entity_id = ?"
                + " and action = 'lock'").param(String.valueOf(account.id())).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'sign-in' and entity_id = ?"
                + " and outcome = 'FAILURE'").param(String.valueOf(account.id())).query(Long.class).single())
                .isGreaterThanOrEqualTo(6);

        clock.advance(Duration.ofMinutes(29));
        assertThat(formSignIn(account.password()).getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        clock.advance(Duration.ofMinutes(2));
        assertThat(formSignIn(account.password()).getResponse().getRedirectedUrl()).isEqualTo("/console");
    }

    @Test
    void eachFailedAttemptCountsOnce() {
        for (int i = 0; i < 4; i++) {
            formSignIn("Wrong#Password-" + i);
        }
        assertThat(jdbc.sql("select failed_attempts from app_user where id = ?").param(account.id())
                .query(Integer.class).single()).isEqualTo(4);
        assertThat(formSignIn(account.password()).getResponse().getRedirectedUrl()).isEqualTo("/console");
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowDoNotLock() {
        for (int i = 0; i < 6; i++) {
            assertThat(formSignIn("Wrong#Password-" + i).getResponse().getRedirectedUrl()).isEqualTo("/login?error");
            clock.advance(Duration.ofMinutes(4));
        }
        assertThat(formSignIn(account.password()).getResponse().getRedirectedUrl()).isEqualTo("/console");
    }

    @Test
    void aFailureJustAfterALockRunsOutStartsAFreshCount() {
        for (int i = 0; i < 5; i++) {
            formSignIn("Wrong#Password-" + i);
        }
        clock.advance(Duration.ofMinutes(31));
        formSignIn("Wrong#Password-again");
        assertThat(formSignIn(account.password()).getResponse().getRedirectedUrl()).isEqualTo("/console");
    }

    @Test
    void theSecurityAdministratorUnlocksALockedAccountAndTheUnlockIsAudited() {
        for (int i = 0; i < 5; i++) {
            formSignIn("Wrong#Password-" + i);
        }
        assertThat(UnitsFixtures.body(json(mvc, "GET", "/api/v1/users/" + account.id(), as("secadmin"), null)))
                .contains("\"locked\":true");
        assertThat(json(mvc, "POST", "/api/v1/users/" + account.id() + "/unlock", as("secadmin"), null).getResponse()
                .getStatus()).isEqualTo(204);
        assertThat(formSignIn(account.password()).getResponse().getRedirectedUrl()).isEqualTo("/console");
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'user' and entity_id = ?"
                + " and action = 'unlock'").param(String.valueOf(account.id())).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anAddressWithTooManyFailuresIsThrottledWhateverAccountItTries() {
        for (int i = 0; i < 20; i++) {
            mvc.post().uri("/login").param("username", UnitsFixtures.unique("nobody")).param("password", "x")
                    .with(csrf()).with(from).exchange();
        }
        assertThat(formSignIn(account.password()).getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(mvc.post().uri("/login").param("username", account.username()).param("password", account.password())
                .with(csrf()).with(UnitsFixtures.fromFreshAddress()).exchange().getResponse().getRedirectedUrl())
                .isEqualTo("/console");
        clock.advance(Duration.ofSeconds(61));
        assertThat(formSignIn(account.password()).getResponse().getRedirectedUrl()).isEqualTo("/console");
    }

    @Test
    void theMessageIsTheSameForAnUnknownUserAWrongPasswordAndALock() {
        String unknown = mvc.post().uri("/login").param("username", UnitsFixtures.unique("ghost"))
                .param("password", "x").with(csrf()).with(fromAddress("192.0.2.77")).exchange().getResponse()
                .getRedirectedUrl();
        assertThat(unknown).isEqualTo("/login?error");
        assertThat(formSignIn("wrong").getResponse().getRedirectedUrl()).isEqualTo(unknown);
    }
}
