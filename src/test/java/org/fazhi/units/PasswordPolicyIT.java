package org.fazhi.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.support.DemoUsers.as;
import static org.fazhi.units.UnitsFixtures.body;
import static org.fazhi.units.UnitsFixtures.json;
import static org.fazhi.units.UnitsFixtures.read;
import static org.fazhi.units.UnitsFixtures.withSession;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.fazhi.support.FazhiIT;
import org.fazhi.units.UnitsFixtures.Account;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The staff password policy (SECURITY.md AUTH-02, AUTH-03): length, character classes, no
 * username, not common, none of the last five; a password issued by an administrator must be
 * changed before anything else.
 */
@FazhiIT
class PasswordPolicyIT {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Units units;
    @Autowired
    JdbcClient jdbc;

    long township;

    @BeforeEach
    void setUp() {
        township = units.findByCode("SFX-DH").orElseThrow().id();
    }

    static Stream<Arguments> weakPasswords() {
        return Stream.of(
                Arguments.of("Sh0rt!pw", "密码长度不足"),
                Arguments.of("onlylowercaseletters", "至少"),
                Arguments.of("lowercase-and-symbols", "至少"),
                Arguments.of("Password@2016", "过于常见"),
                Arguments.of("", "密码长度不足"));
    }

    @ParameterizedTest
    @MethodSource("weakPasswords")
    void aWeakNewPasswordIsRefusedWithAFieldMessage(String weak, String message) {
        Account a = UnitsFixtures.readyAccount(mvc, township, "pw");
        MvcTestResult r = change(a, weak);
        assertThat(r.getResponse().getStatus()).as(body(r)).isEqualTo(400);
        assertThat(read(r, "$.errors[*].field").toString()).contains("newPassword");
        assertThat(read(r, "$.errors[*].message").toString()).contains(message);
        assertStillSignsInWith(a, UnitsFixtures.GOOD_PASSWORD);
    }

    @Test
    void aPasswordContainingTheUsernameIsRefused() {
        Account a = UnitsFixtures.readyAccount(mvc, township, "pw");
        MvcTestResult r = change(a, "Xy9#" + a.username().toUpperCase() + "!");
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(read(r, "$.errors[*].message").toString()).contains("不得包含用户名");
    }

    @Test
    void aWrongCurrentPasswordIsRefusedAndTheRefusalIsAudited() {
        Account a = UnitsFixtures.readyAccount(mvc, township, "pw");
        MvcTestResult r = json(mvc, "PUT", "/api/v1/account/password", a.basic(),
                "{\"currentPassword\":\"Not-the-Current-1\",\"newPassword\":\"Fresh#Meadow-2031\"}");
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(read(r, "$.errors[*].field").toString()).contains("currentPassword");
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'user' and entity_id = ?"
                + " and action = 'change-password' and outcome = 'FAILURE'").param(String.valueOf(a.id()))
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void noneOfTheLastFivePasswordsMayBeReused() {
        Account a = UnitsFixtures.createdAccount(mvc, township, "hist");
        List<String> passwords = List.of("Amber#Falcon-101", "Birch#Gazelle-202", "Cedar#Heron-303",
                "Dune#Ibis-404", "Elm#Jackal-505");
        String current = a.password();
        for (String next : passwords) {
            UnitsFixtures.changePassword(mvc, new Account(a.id(), a.username(), current), next);
            current = next;
        }
        Account now = new Account(a.id(), a.username(), current);
        MvcTestResult reused = change(now, passwords.get(0));
        assertThat(reused.getResponse().getStatus()).isEqualTo(400);
        assertThat(read(reused, "$.errors[0].message").toString()).contains("最近 5 次");
        MvcTestResult sixthBack = change(now, a.password());
        assertThat(sixthBack.getResponse().getStatus()).as(body(sixthBack)).isEqualTo(204);
    }

    @Test
    void theConsoleFormShowsTheBrokenRulesInChinese() {
        Account a = UnitsFixtures.readyAccount(mvc, township, "pwf");
        MockHttpSession session = UnitsFixtures.signIn(mvc, a.username(), a.password(), UnitsFixtures.fromAddress("127.0.0.1"));
        assertThat(mvc.post().uri("/console/password").with(withSession(session)).with(csrf())
                .param("currentPassword", a.password()).param("newPassword", "abc").param("confirmPassword", "abc"))
                .hasStatusOk().bodyText().contains("密码长度不足 12 位", "至少 3 类");
        assertStillSignsInWith(a, a.password());
    }

    @Test
    void afterAnAdministratorResetTheConsoleDemandsAChangeAndTheApiAnswersAProblem() {
        Account a = UnitsFixtures.readyAccount(mvc, township, "rst");
        MvcTestResult reset = json(mvc, "POST", "/api/v1/users/" + a.id() + "/password-reset", as("admin"), null);
        assertThat(reset.getResponse().getStatus()).isEqualTo(200);
        String issued = read(reset, "$.password");
        assertThat(body(reset)).doesNotContain("hash", "{bcrypt}");

        MvcTestResult api = json(mvc, "GET", "/api/v1/units", UnitsFixtures.withBasic(a.username(), issued), null);
        assertThat(api.getResponse().getStatus()).isEqualTo(403);
        assertThat(read(api, "$.type").toString()).isEqualTo("/problems/password-change-required");

        MockHttpSession session = UnitsFixtures.signIn(mvc, a.username(), issued, UnitsFixtures.fromAddress("127.0.0.1"));
        assertThat(mvc.get().uri("/console/units").with(withSession(session))).hasRedirectedUrl("/console/password");
        assertThat(mvc.get().uri("/console/account").with(withSession(session))).hasRedirectedUrl("/console/password");
        assertThat(mvc.post().uri("/console/password").with(withSession(session)).with(csrf())
                .param("currentPassword", issued).param("newPassword", "Quartz#Willow-77")
                .param("confirmPassword", "Quartz#Willow-77")).hasRedirectedUrl("/console");
        assertThat(mvc.get().uri("/console/units").with(withSession(session))).hasStatusOk();
    }

    @Test
    void aSessionRunningDuringAResetEndsAndTheNewPasswordMustBeChanged() {
        Account a = UnitsFixtures.readyAccount(mvc, township, "rsl");
        MockHttpSession session = UnitsFixtures.signIn(mvc, a.username(), a.password(), UnitsFixtures.fromAddress("127.0.0.1"));
        assertThat(mvc.get().uri("/console/account").with(withSession(session))).hasStatusOk();
        String issued = read(json(mvc, "POST", "/api/v1/users/" + a.id() + "/password-reset", as("admin"), null),
                "$.password");
        assertThat(mvc.get().uri("/console/account").with(withSession(session))).hasRedirectedUrl("/login?expired");
        MockHttpSession fresh = UnitsFixtures.signIn(mvc, a.username(), issued, UnitsFixtures.fromAddress("127.0.0.1"));
        assertThat(mvc.get().uri("/console/account").with(withSession(fresh))).hasRedirectedUrl("/console/password");
    }

    @Test
    void aStaffPasswordOlderThanNinetyDaysMustBeChangedBeforeAnythingElse() {
        Account a = UnitsFixtures.readyAccount(mvc, township, "old");
        Instant now = Instant.now();
        jdbc.sql("update app_user set password_changed_at = ? where id = ?")
                .params(OffsetDateTime.ofInstant(now.minus(Duration.ofDays(89)), ZoneOffset.UTC), a.id()).update();
        MockHttpSession young = UnitsFixtures.signIn(mvc, a.username(), a.password(), UnitsFixtures.fromAddress("127.0.0.1"));
        assertThat(mvc.get().uri("/console/account").with(withSession(young))).hasStatusOk();

        jdbc.sql("update app_user set password_changed_at = ? where id = ?")
                .params(OffsetDateTime.ofInstant(now.minus(Duration.ofDays(91)), ZoneOffset.UTC), a.id()).update();
        MockHttpSession old = UnitsFixtures.signIn(mvc, a.username(), a.password(), UnitsFixtures.fromAddress("127.0.0.1"));
        assertThat(mvc.get().uri("/console/units").with(withSession(old))).hasRedirectedUrl("/console/password");
        assertThat(mvc.post().uri("/console/password").with(withSession(old)).with(csrf())
                .param("currentPassword", a.password()).param("newPassword", "Quartz#Rotated-91")
                .param("confirmPassword", "Quartz#Rotated-91")).hasRedirectedUrl("/console");
        assertThat(mvc.get().uri("/console/units").with(withSession(old))).hasStatusOk();
    }

    private MvcTestResult change(Account a, String newPassword) {
        return json(mvc, "PUT", "/api/v1/account/password", a.basic(),
                "{\"currentPassword\":\"" + a.password() + "\",\"newPassword\":\"" + newPassword + "\"}");
    }

    private void assertStillSignsInWith(Account a, String password) {
        assertThat(json(mvc, "GET", "/api/v1/account", UnitsFixtures.withBasic(a.username(), password), null)
                .getResponse().getStatus()).isEqualTo(200);
    }
}
