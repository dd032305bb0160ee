package org.fazhi.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.Map;
import org.fazhi.support.FazhiIT;
import org.fazhi.units.UnitsFixtures.Account;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Passwords for 密评 (SECURITY.md DC-02): new passwords are hashed with PBKDF2-HMAC-SM3; a bcrypt hash
 * stored before signs in as before and is replaced by a PBKDF2-HMAC-SM3 hash of the same password at
 * that successful sign-in (audited), leaving the password's age untouched; a failed sign-in upgrades
 * nothing.
 */
@FazhiIT
class PasswordHashUpgradeIT {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Units units;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void aBcryptHashIsReplacedByPbkdf2HmacSm3AtTheNextSuccessfulSignInOnly() {
        Account account = UnitsFixtures.readyAccount(mvc, units.findByCode("SFX-JYJ").orElseThrow().id(), "kdf");
        String fresh = jdbc.sql("select password_hash from app_user where id = ?").param(account.id())
                .query(String.class).single();
        assertThat(fresh).as("a password set today").startsWith("{pbkdf2-sm3}1000$");

        String bcrypt = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(account.password());
        jdbc.sql("update app_user set password_hash = ? where id = ?").params(bcrypt, account.id()).update();
        Map<String, Object> before = jdbc.sql("select password_changed_at, must_change_password from app_user"
                + " where id = ?").param(account.id()).query().singleRow();

        var from = UnitsFixtures.fromFreshAddress();
        assertThat(mvc.post().uri("/login").param("username", account.username()).param("password", "Wrong#Pass-123")
                .with(csrf()).with(from).exchange().getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(jdbc.sql("select password_hash from app_user where id = ?").param(account.id())
                .query(String.class).single()).as("a failed sign-in changes nothing").isEqualTo(bcrypt);

        assertThat(mvc.post().uri("/login").param("username", account.username()).param("password", account.password())
                .with(csrf()).with(from).exchange().getResponse().getRedirectedUrl()).isEqualTo("/console");
        String upgraded = jdbc.sql("select password_hash from app_user where id = ?").param(account.id())
                .query(String.class).single();
        assertThat(upgraded).startsWith("{pbkdf2-sm3}1000$");
        assertThat(encoder.matches(account.password(), upgraded)).isTrue();
        assertThat(jdbc.sql("select password_changed_at, must_change_password from app_user where id = ?")
                .param(account.id()).query().singleRow()).as("the password's age is not reset").isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'user' and entity_id = ?"
                + " and action = 'password-rehash' and changes like '%pbkdf2-sm3%'").param(String.valueOf(account.id()))
                .query(Long.class).single()).isEqualTo(1);
    }
}
