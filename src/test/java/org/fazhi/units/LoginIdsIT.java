package org.fazhi.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fazhi.support.DemoUsers.as;
import static org.fazhi.units.UnitsFixtures.body;
import static org.fazhi.units.UnitsFixtures.json;
import static org.fazhi.units.UnitsFixtures.read;

import java.util.Locale;
import org.fazhi.support.FazhiIT;
import org.fazhi.units.UnitsFixtures.Account;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Login ids are unique whatever their case (SECURITY.md AUTH-01): a second account whose name differs
 * only in case is refused with 409 naming the field, signing in ignores the case, and the database
 * keeps every name in lower case under a unique index, so no path around the service can store a
 * second spelling. No account is without a password (the column is required; empty new passwords
 * are refused: {@code PasswordPolicyIT}).
 */
@FazhiIT
class LoginIdsIT {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Units units;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aLoginIdDifferingOnlyInCaseIsTakenAndSigningInIgnoresTheCase() {
        long township = units.findByCode("SFX-DH").orElseThrow().id();
        Account a = UnitsFixtures.readyAccount(mvc, township, "case");
        String upper = a.username().toUpperCase(Locale.ROOT);

        MvcTestResult twin = json(mvc, "POST", "/api/v1/users", as("admin"),
                "{\"username\":\"" + upper + "\",\"displayName\":\"同名\",\"unitId\":" + township + "}");
        assertThat(twin.getResponse().getStatus()).as(body(twin)).isEqualTo(409);
        assertThat(read(twin, "$.errors[*].field").toString()).contains("username");
        assertThat(jdbc.sql("select count(*) from app_user where lower(username) = ?").param(a.username())
                .query(Long.class).single()).isEqualTo(1);

        UnitsFixtures.signIn(mvc, upper, UnitsFixtures.GOOD_PASSWORD, UnitsFixtures.fromFreshAddress());

        assertThatThrownBy(() -> jdbc.sql("update app_user set username = ? where id = ?").param(upper).param(a.id())
                .update()).as("a name in upper case cannot be stored").isInstanceOf(
                        org.springframework.dao.DataIntegrityViolationException.class);
    }
}
