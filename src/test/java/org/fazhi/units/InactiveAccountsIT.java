package org.fazhi.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.units.UnitsFixtures.json;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.fazhi.support.FazhiIT;
import org.fazhi.units.UnitsFixtures.Account;
import org.fazhi.units.internal.InactiveAccounts;
import org.fazhi.signin.ApiTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Surplus accounts are disabled (SECURITY.md AC-03): a staff account that has not signed in for 90
 * days (or, never signed in, was created 90 days ago) is disabled by the daily job, its API tokens
 * revoked and the disabling audited; an account that signed in within the 90 days stays.
 */
@FazhiIT
class InactiveAccountsIT {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Units units;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    InactiveAccounts job;
    @Autowired
    ActingAs acting;
    @Autowired
    ApiTokens tokens;

    @Test
    void anAccountNotSignedInForNinetyDaysIsDisabledWithItsTokensAndTheDisablingIsAudited() {
        long township = units.findByCode("SFX-DH").orElseThrow().id();
        Account idle = UnitsFixtures.readyAccount(mvc, township, "idl");
        Account never = UnitsFixtures.readyAccount(mvc, township, "nev");
        Account recent = UnitsFixtures.readyAccount(mvc, township, "rec");
        acting.run(idle.username(), () -> tokens.issue("idle-script", Duration.ofHours(8), List.of()));
        Instant now = Instant.now();
        set(idle.id(), now.minus(Duration.ofDays(200)), now.minus(Duration.ofDays(91)));
        set(never.id(), now.minus(Duration.ofDays(91)), null);
        set(recent.id(), now.minus(Duration.ofDays(200)), now.minus(Duration.ofDays(89)));

        assertThat(job.disableInactive()).isGreaterThanOrEqualTo(2);

        assertThat(enabled(idle.id())).isFalse();
        assertThat(enabled(never.id())).isFalse();
        assertThat(enabled(recent.id())).isTrue();
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'user' and entity_id = ?"
                + " and action = 'disable-inactive' and actor_name = 'system'").param(String.valueOf(idle.id()))
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from api_token where user_id = ? and revoked_at is null")
                .param(idle.id()).query(Long.class).single()).isZero();
        assertThat(json(mvc, "GET", "/api/v1/account", idle.basic(), null).getResponse().getStatus()).isEqualTo(401);
        assertThat(json(mvc, "GET", "/api/v1/account", recent.basic(), null).getResponse().getStatus()).isEqualTo(200);
    }

    private void set(long id, Instant createdAt, Instant lastLoginAt) {
        jdbc.sql("update app_user set created_at = ?, last_login_at = ? where id = ?")
                .params(OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC),
                        lastLoginAt == null ? null : OffsetDateTime.ofInstant(lastLoginAt, ZoneOffset.UTC), id)
                .update();
    }

    private boolean enabled(long id) {
        return jdbc.sql("select enabled from app_user where id = ?").param(id).query(Boolean.class).single();
    }
}
