package org.fazhi.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.units.UnitsFixtures.json;
import static org.fazhi.units.UnitsFixtures.read;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

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

/**
 * A JSON API credential is audited once per period, not once per call (SECURITY.md AUD-01; the
 * probe found 3,582 of 4,039 audit rows were HTTP Basic successes): a password sent with every call
 * is one sign-in entry per 15 minutes, a token one use entry; failures are audited every time.
 */
@FazhiIT
class ApiCredentialUseIT {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    TestClock clock;
    @Autowired
    Units units;
    @Autowired
    JdbcClient jdbc;

    Account account;

    @BeforeEach
    void setUp() {
        clock.set(clock.instant());
        account = UnitsFixtures.readyAccount(mvc, units.findByCode("SFX-JYJ").orElseThrow().id(), "use");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private long audited(String entity, Object id, String action, String outcome) {
        return jdbc.sql("select count(*) from audit_event where entity_type = ? and entity_id = ? and action = ?"
                + " and outcome = ?").params(entity, String.valueOf(id), action, outcome).query(Long.class).single();
    }

    @Test
    void aPasswordSentWithEveryApiCallIsAuditedAsASignInOncePerPeriod() {
        long before = audited("sign-in", account.id(), "sign-in", "SUCCESS");
        for (int i = 0; i < 20; i++) {
            assertThat(json(mvc, "GET", "/api/v1/account", account.basic(), null).getResponse().getStatus())
                    .isEqualTo(200);
        }
        assertThat(audited("sign-in", account.id(), "sign-in", "SUCCESS") - before).isEqualTo(1);
        clock.advance(Duration.ofMinutes(16));
        json(mvc, "GET", "/api/v1/account", account.basic(), null);
        json(mvc, "GET", "/api/v1/account", account.basic(), null);
        assertThat(audited("sign-in", account.id(), "sign-in", "SUCCESS") - before).isEqualTo(2);
    }

    @Test
    void everyFailedApiPasswordIsAudited() {
        long before = audited("sign-in", account.id(), "sign-in", "FAILURE");
        for (int i = 0; i < 3; i++) {
            assertThat(json(mvc, "GET", "/api/v1/account", httpBasic(account.username(), "Wrong#Pass-" + i), null)
                    .getResponse().getStatus()).isEqualTo(401);
        }
        assertThat(audited("sign-in", account.id(), "sign-in", "FAILURE") - before).isEqualTo(3);
    }

    @Test
    void aTokenIsAuditedAndStampedOncePerPeriod() {
        MvcTestResult issued = json(mvc, "POST", "/api/v1/account/tokens", account.basic(),
                "{\"name\":\"" + UnitsFixtures.unique("sync") + "\",\"validDays\":1}");
        assertThat(issued.getResponse().getStatus()).isEqualTo(201);
        String token = read(issued, "$.token");
        long id = UnitsFixtures.id(issued, "$.id");
        for (int i = 0; i < 20; i++) {
            assertThat(json(mvc, "GET", "/api/v1/account", ApiTokensIT.bearer(token), null).getResponse().getStatus())
                    .isEqualTo(200);
        }
        assertThat(audited("api-token", id, "use", "SUCCESS")).isEqualTo(1);
        assertThat(jdbc.sql("select last_used_at from api_token where id = ?").param(id)
                .query((rs, n) -> rs.getObject(1)).single()).isNotNull();
        clock.advance(Duration.ofMinutes(16));
        json(mvc, "GET", "/api/v1/account", ApiTokensIT.bearer(token), null);
        assertThat(audited("api-token", id, "use", "SUCCESS")).isEqualTo(2);
    }

    @Test
    void consoleSignInsAreAuditedEveryTime() {
        long before = audited("sign-in", account.id(), "sign-in", "SUCCESS");
        UnitsFixtures.signIn(mvc, account.username(), account.password(), UnitsFixtures.fromFreshAddress());
        UnitsFixtures.signIn(mvc, account.username(), account.password(), UnitsFixtures.fromFreshAddress());
        assertThat(audited("sign-in", account.id(), "sign-in", "SUCCESS") - before).isEqualTo(2);
    }
}
