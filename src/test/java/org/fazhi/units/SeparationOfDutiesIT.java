package org.fazhi.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.support.DemoUsers.as;
import static org.fazhi.units.UnitsFixtures.body;
import static org.fazhi.units.UnitsFixtures.console;
import static org.fazhi.units.UnitsFixtures.json;
import static org.fazhi.units.UnitsFixtures.read;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import org.fazhi.support.FazhiIT;
import org.fazhi.units.UnitsFixtures.Account;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * 三员分立 (SECURITY.md AC-04): the system administrator keeps accounts but cannot grant roles, the
 * security administrator grants roles but cannot create accounts, the auditor changes nothing;
 * nobody grants their own roles; an administrator account holds one administrator role and no
 * business role; no administrator alone can set up and use an account of another administrator role
 * (the account is handed over when it gets the role and activated by an administrator of that role).
 */
@FazhiIT
class SeparationOfDutiesIT {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Units units;
    @Autowired
    UserDirectory directory;

    long county;
    Account target;

    @BeforeEach
    void setUp() {
        county = units.findByCode("SFX").orElseThrow().id();
        target = UnitsFixtures.createdAccount(mvc, county, "sod");
    }

    private int status(MvcTestResult r) {
        return r.getResponse().getStatus();
    }

    @Test
    void theSystemAdministratorCannotGrantRoles() {
        MvcTestResult r = json(mvc, "PUT", "/api/v1/users/" + target.id() + "/roles", as("admin"),
                "{\"roles\":[\"DRAFTER\"]}");
        assertThat(status(r)).isEqualTo(403);
        assertThat(read(r, "$.type").toString()).isEqualTo("/problems/forbidden");
        var adminConsole = console(mvc, "admin");
        assertThat(mvc.get().uri("/console/users/" + target.id() + "/roles").with(adminConsole)).hasStatus(403);
        assertThat(mvc.post().uri("/console/users/" + target.id() + "/roles").param("roles", "DRAFTER")
                .with(adminConsole).with(csrf())).hasStatus(403);
        assertThat(mvc.get().uri("/console/roles").with(adminConsole)).hasStatus(403);
        assertThat(directory.find(target.id()).orElseThrow().roles()).isEmpty();
    }

    @Test
    void theSystemAdministratorCannotAppointAnotherSecurityAdministrator() {
        MvcTestResult r = json(mvc, "POST", "/api/v1/users", as("admin"), "{\"username\":\""
                + UnitsFixtures.unique("sec") + "\",\"displayName\":\"新安全员\",\"unitId\":" + county
                + ",\"administratorRole\":\"SECURITY_ADMIN\"}");
        assertThat(status(r)).as(body(r)).isEqualTo(409);
    }

    @Test
    void theSystemAdministratorCannotResetAnAdministratorsPasswordAndSoBecomeThatAdministrator() {
        long secadmin = directory.findByUsername("secadmin").orElseThrow().id();
        MvcTestResult r = json(mvc, "POST", "/api/v1/users/" + secadmin + "/password-reset", as("admin"), null);
        assertThat(status(r)).as(body(r)).isEqualTo(409);
        assertThat(body(r)).doesNotContain("password\"");
        assertThat(json(mvc, "GET", "/api/v1/units", as("secadmin"), null).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void theSecurityAdministratorCannotCreateOrChangeAccounts() {
        MvcTestResult create = json(mvc, "POST", "/api/v1/users", as("secadmin"), "{\"username\":\""
                + UnitsFixtures.unique("x") + "\",\"displayName\":\"某\",\"unitId\":" + county + "}");
        assertThat(status(create)).isEqualTo(403);
        assertThat(status(json(mvc, "PUT", "/api/v1/users/" + target.id(), as("secadmin"),
                "{\"displayName\":\"改\",\"unitId\":" + county + "}"))).isEqualTo(403);
        assertThat(status(json(mvc, "POST", "/api/v1/users/" + target.id() + "/password-reset", as("secadmin"),
                null))).isEqualTo(403);
        var secConsole = console(mvc, "secadmin");
        assertThat(mvc.get().uri("/console/users/new").with(secConsole)).hasStatus(403);
        assertThat(mvc.post().uri("/console/users").with(secConsole).with(csrf()).param("username", "abcdef")
                .param("displayName", "某").param("unitId", String.valueOf(county))).hasStatus(403);
    }

    @Test
    void theSecurityAdministratorGrantsBusinessRolesToOthers() {
        MvcTestResult r = json(mvc, "PUT", "/api/v1/users/" + target.id() + "/roles", as("secadmin"),
                "{\"roles\":[\"DRAFTER\",\"LEGAL_REVIEWER\"]}");
        assertThat(status(r)).as(body(r)).isEqualTo(200);
        assertThat(directory.find(target.id()).orElseThrow().roles()).containsExactlyInAnyOrder(Role.DRAFTER,
                Role.LEGAL_REVIEWER);
        assertThat(mvc.post().uri("/console/users/" + target.id() + "/roles").param("roles", "LEADER")
                .with(console(mvc, "secadmin")).with(csrf())).hasStatus3xxRedirection();
        assertThat(directory.find(target.id()).orElseThrow().roles()).containsExactly(Role.LEADER);
    }

    @Test
    void nobodyGrantsTheirOwnRoles() {
        long self = directory.findByUsername("secadmin").orElseThrow().id();
        MvcTestResult r = json(mvc, "PUT", "/api/v1/users/" + self + "/roles", as("secadmin"),
                "{\"roles\":[\"SECURITY_ADMIN\",\"LEADER\"]}");
        assertThat(status(r)).isEqualTo(409);
        MvcTestResult same = json(mvc, "PUT", "/api/v1/users/" + self + "/roles", as("secadmin"),
                "{\"roles\":[\"AUDITOR\"]}");
        assertThat(status(same)).isEqualTo(409);
        assertThat(read(same, "$.code").toString()).isEqualTo("self-grant");
        assertThat(directory.find(self).orElseThrow().roles()).containsExactly(Role.SECURITY_ADMIN);
    }

    @Test
    void aSecondAdministratorRoleOrAdministratorPlusBusinessRoleIsRefused() {
        MvcTestResult two = json(mvc, "PUT", "/api/v1/users/" + target.id() + "/roles", as("secadmin"),
                "{\"roles\":[\"SYSTEM_ADMIN\",\"AUDITOR\"]}");
        assertThat(status(two)).isEqualTo(409);
        assertThat(body(two)).contains("两种管理员角色");
        MvcTestResult mixed = json(mvc, "PUT", "/api/v1/users/" + target.id() + "/roles", as("secadmin"),
                "{\"roles\":[\"AUDITOR\",\"DRAFTER\"]}");
        assertThat(status(mixed)).isEqualTo(409);
        assertThat(body(mixed)).contains("不得兼任业务角色");
        assertThat(mvc.post().uri("/console/users/" + target.id() + "/roles").param("roles", "AUDITOR", "LEADER")
                .with(console(mvc, "secadmin")).with(csrf())).hasStatusOk().bodyText().contains("不得兼任业务角色");
        assertThat(directory.find(target.id()).orElseThrow().roles()).isEmpty();
    }

    @Test
    void theAuditorChangesNothing() {
        long donghu = units.findByCode("SFX-DH").orElseThrow().id();
        List<MvcTestResult> attempts = List.of(
                json(mvc, "POST", "/api/v1/units", as("auditor"), "{\"parentId\":" + donghu + ",\"code\":\""
                        + UnitsFixtures.unique("A") + "\",\"name\":\"审计新建\",\"kind\":\"OTHER\",\"level\":\"VILLAGE\"}"),
                json(mvc, "PUT", "/api/v1/units/" + donghu, as("auditor"),
                        "{\"code\":\"SFX-DH\",\"name\":\"审计改名\",\"kind\":\"TOWNSHIP\",\"level\":\"TOWNSHIP\"}"),
                json(mvc, "POST", "/api/v1/users", as("auditor"), "{\"username\":\"" + UnitsFixtures.unique("a")
                        + "\",\"displayName\":\"某\",\"unitId\":" + county + "}"),
                json(mvc, "PUT", "/api/v1/users/" + target.id(), as("auditor"),
                        "{\"displayName\":\"改\",\"unitId\":" + county + "}"),
                json(mvc, "PUT", "/api/v1/users/" + target.id() + "/roles", as("auditor"), "{\"roles\":[\"LEADER\"]}"),
                json(mvc, "POST", "/api/v1/users/" + target.id() + "/password-reset", as("auditor"), null),
                json(mvc, "POST", "/api/v1/users/" + target.id() + "/unlock", as("auditor"), null));
        attempts.forEach(r -> assertThat(status(r)).as(r.getRequest().getRequestURI() + " " + body(r)).isEqualTo(403));
        byte[] file = UnitsFixtures.xlsx(List.of("上级单位代码", "单位代码", "单位名称", "单位类型", "行政层级"),
                List.of(List.of("SFX-DH", UnitsFixtures.unique("A"), "审计导入", "OTHER", "VILLAGE")));
        assertThat(mvc.post().uri("/api/v1/units/import").multipart().file(new MockMultipartFile("file", "u.xlsx", null, file))
                .with(as("auditor"))).hasStatus(403);
        var auditorConsole = console(mvc, "auditor");
        assertThat(mvc.post().uri("/console/units/" + donghu).with(auditorConsole).with(csrf())
                .param("code", "SFX-DH").param("name", "审计改名").param("kind", "TOWNSHIP").param("level", "TOWNSHIP"))
                .hasStatus(403);
        assertThat(mvc.post().uri("/console/users/" + target.id() + "/disable").with(auditorConsole).with(csrf()))
                .hasStatus(403);
        assertThat(units.find(donghu).orElseThrow().name()).isEqualTo("东湖镇人民政府");
        assertThat(directory.find(target.id()).orElseThrow().enabled()).isTrue();
        assertThat(mvc.get().uri("/console/users/" + target.id()).with(auditorConsole)).hasStatusOk();
    }

    @Test
    void theSystemAdministratorCannotDisableThemself() {
        long admin = directory.findByUsername("admin").orElseThrow().id();
        assertThat(mvc.post().uri("/console/users/" + admin + "/disable").with(console(mvc, "admin")).with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(directory.find(admin).orElseThrow().enabled()).isTrue();
    }

    @Test
    void noAdministratorAloneCanSetUpAndUseAnAccountOfAnotherAdministratorRole() {
        // The probe: the system administrator created an account, the security administrator made it an
        // auditor, the system administrator changed its password through the API and read the audit log.
        Account made = UnitsFixtures.createdAccount(mvc, county, "probe");
        var madeSession = UnitsFixtures.withSession(UnitsFixtures.signIn(mvc, made.username(), made.password(),
                UnitsFixtures.fromFreshAddress()));
        assertThat(status(json(mvc, "PUT", "/api/v1/users/" + made.id() + "/roles", as("secadmin"),
                "{\"roles\":[\"AUDITOR\"]}"))).isEqualTo(200);

        assertThat(status(json(mvc, "PUT", "/api/v1/account/password", made.basic(), "{\"currentPassword\":\""
                + made.password() + "\",\"newPassword\":\"Qz8#Taken-Over-77\"}"))).isEqualTo(401);
        assertThat(status(json(mvc, "GET", "/api/v1/audit/events", made.basic(), null))).isEqualTo(401);
        assertThat(mvc.post().uri("/login").param("username", made.username()).param("password", made.password())
                .with(csrf()).with(UnitsFixtures.fromFreshAddress()).exchange().getResponse().getRedirectedUrl())
                .isEqualTo("/login?error");
        assertThat(mvc.get().uri("/console/account").with(madeSession).exchange().getResponse().getRedirectedUrl())
                .as("a session opened with the old password ends").contains("/login");

        assertThat(status(json(mvc, "POST", "/api/v1/users/" + made.id() + "/password-reset", as("admin"), null)))
                .isEqualTo(409);
        MvcTestResult byAdmin = json(mvc, "POST", "/api/v1/users/" + made.id() + "/activation", as("admin"), null);
        assertThat(status(byAdmin)).isEqualTo(409);
        assertThat(body(byAdmin)).doesNotContain("password\":\"");
        assertThat(status(json(mvc, "POST", "/api/v1/users/" + made.id() + "/activation", as("secadmin"), null)))
                .as("nor the security administrator who granted the role").isEqualTo(409);
        assertThat(directory.find(made.id()).orElseThrow().enabled()).isTrue();
        assertThat(json(mvc, "GET", "/api/v1/users/" + made.id(), as("admin"), null)).satisfies(
                r -> assertThat(body(r)).contains("\"activationPending\":true"));

        MvcTestResult byAuditor = json(mvc, "POST", "/api/v1/users/" + made.id() + "/activation", as("auditor"), null);
        assertThat(status(byAuditor)).as(body(byAuditor)).isEqualTo(200);
        Account activated = new Account(made.id(), made.username(), read(byAuditor, "$.password"));
        assertThat(status(json(mvc, "GET", "/api/v1/audit/events", activated.basic(), null)))
                .as("the new auditor must first change the one-time password").isEqualTo(403);
        UnitsFixtures.changePassword(mvc, activated, "Qz8#New-Auditor-88");
        assertThat(status(json(mvc, "GET", "/api/v1/audit/events",
                UnitsFixtures.withBasic(made.username(), "Qz8#New-Auditor-88"), null))).isEqualTo(200);
        assertThat(status(json(mvc, "POST", "/api/v1/users/" + made.id() + "/activation",
                UnitsFixtures.withBasic(made.username(), "Qz8#New-Auditor-88"), null))).as("not oneself").isEqualTo(409);
    }

    @Test
    void aPasswordChangeEndsTheAccountsOtherConsoleSessions() {
        Account a = UnitsFixtures.readyAccount(mvc, county, "sess");
        var first = UnitsFixtures.withSession(UnitsFixtures.signIn(mvc, a.username(), a.password(),
                UnitsFixtures.fromFreshAddress()));
        var second = UnitsFixtures.signIn(mvc, a.username(), a.password(), UnitsFixtures.fromFreshAddress());
        assertThat(mvc.post().uri("/console/password").session(second).with(csrf()).param("currentPassword", a.password())
                .param("newPassword", "Qz8#Changed-Ridge-5").param("confirmPassword", "Qz8#Changed-Ridge-5")
                .exchange().getResponse().getRedirectedUrl()).isEqualTo("/console");
        assertThat(mvc.get().uri("/console/account").session(second)).hasStatusOk();
        assertThat(mvc.get().uri("/console/account").with(first).exchange().getResponse().getRedirectedUrl())
                .contains("/login");
    }
}
