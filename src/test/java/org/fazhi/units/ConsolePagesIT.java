package org.fazhi.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.units.UnitsFixtures.body;
import static org.fazhi.units.UnitsFixtures.console;
import static org.fazhi.units.UnitsFixtures.unique;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import org.fazhi.support.FazhiIT;
import org.fazhi.units.UnitsFixtures.Account;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The units console pages render for the roles that use them, in Chinese and English, with no missing text. */
@FazhiIT
class ConsolePagesIT {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Units units;
    @Autowired
    UserDirectory directory;

    long township;
    Account someone;

    @BeforeEach
    void setUp() {
        township = units.findByCode("SFX-DH").orElseThrow().id();
        someone = UnitsFixtures.createdAccount(mvc, township, "page");
    }

    private String page(String uri, RequestPostProcessor session) {
        MvcTestResult r = mvc.get().uri(uri).with(session).exchange();
        assertThat(r.getResponse().getStatus()).as(uri).isEqualTo(200);
        String html = body(r);
        assertThat(html).as(uri + " has unresolved texts").doesNotContain("??");
        return html;
    }

    @Test
    void everyPageRendersForTheRolesThatUseItInChineseAndEnglish() {
        var admin = console(mvc, "admin");
        var secadmin = console(mvc, "secadmin");
        var fzb = console(mvc, "fzb");
        var auditor = console(mvc, "auditor");
        for (String lang : List.of("zh_CN", "en")) {
            String q = "?lang=" + lang;
            for (String uri : List.of("/console/units", "/console/units/" + township, "/console/units/" + township + "/edit",
                    "/console/units/new?parentId=" + township + "&lang=" + lang, "/console/units/import",
                    "/console/users", "/console/users/" + someone.id(), "/console/users/" + someone.id() + "/edit",
                    "/console/users/new", "/console/users/import", "/console/account")) {
                page(uri.contains("lang=") ? uri : uri + q, admin);
            }
            for (String uri : List.of("/console/roles", "/console/users/" + someone.id() + "/roles",
                    "/console/roles/import", "/console/users", "/console/account")) {
                page(uri + q, secadmin);
            }
            for (String uri : List.of("/console/units", "/console/units/import", "/console/users", "/console/account")) {
                page(uri + q, fzb);
            }
            page("/console/users" + q, auditor);
        }
        assertThat(page("/console/units?lang=en", admin)).contains("Add child unit", "Units");
        assertThat(page("/console/units?lang=zh_CN", admin)).contains("新增下级单位", "单位管理");
    }

    @Test
    void theMenuShowsEachRoleItsEntries() {
        assertThat(page("/console", console(mvc, "admin"))).contains("单位管理", "用户管理", "我的账户").doesNotContain("角色授权");
        assertThat(page("/console", console(mvc, "secadmin"))).contains("角色授权", "安全管理");
        assertThat(page("/console", console(mvc, "qicao"))).contains("单位管理", "我的账户").doesNotContain("用户管理");
    }

    @Test
    void buttonsFollowTheRoles() {
        String asAuditor = page("/console/users/" + someone.id(), console(mvc, "auditor"));
        assertThat(asAuditor).doesNotContain("/password-reset", "/disable", "/roles\"", "/edit");
        String asAdmin = page("/console/users/" + someone.id(), console(mvc, "admin"));
        assertThat(asAdmin).contains("/password-reset", "/disable", "/edit").doesNotContain("/roles\"");
        String asSecadmin = page("/console/users/" + someone.id(), console(mvc, "secadmin"));
        assertThat(asSecadmin).contains("/roles\"").doesNotContain("/password-reset", "/edit\"");
        assertThat(page("/console/units/" + units.findByCode("SFX-SJJ").orElseThrow().id(), console(mvc, "qicao")))
                .doesNotContain("/edit");
    }

    @Test
    void theSystemAdministratorCreatesAUserAndSeesThePasswordOnce() {
        var admin = console(mvc, "admin");
        String username = unique("cons");
        MvcTestResult created = mvc.post().uri("/console/users").with(admin).with(csrf()).param("username", username)
                .param("displayName", "郑七").param("unitId", String.valueOf(township)).param("staffNo", "S-7")
                .param("phone", "13700007777").param("enabled", "true").exchange();
        assertThat(created.getResponse().getStatus()).isEqualTo(200);
        String html = body(created);
        int at = html.indexOf("id=\"issued-password\"");
        assertThat(at).isPositive();
        int start = html.indexOf('>', at) + 1;
        String password = html.substring(start, html.indexOf('<', start));
        assertThat(password).hasSizeGreaterThanOrEqualTo(12);
        long id = directory.findByUsername(username).orElseThrow().id();
        assertThat(page("/console/users/" + id, admin)).contains("郑七", "13700007777").doesNotContain(password);
        assertThat(body(UnitsFixtures.json(mvc, "GET", "/api/v1/users?q=" + username, org.fazhi.support.DemoUsers.as("admin"),
                null))).contains("137****7777").doesNotContain("13700007777");
        assertThat(body(UnitsFixtures.json(mvc, "GET", "/api/v1/users/" + id, org.fazhi.support.DemoUsers.as("admin"),
                null))).contains("13700007777").doesNotContain("password");
        assertThat(UnitsFixtures.json(mvc, "GET", "/api/v1/account", UnitsFixtures.withBasic(username, password), null)
                .getResponse().getStatus()).isEqualTo(403);

        MvcTestResult duplicate = mvc.post().uri("/console/users").with(admin).with(csrf()).param("username", username)
                .param("displayName", "重名").param("unitId", String.valueOf(township)).exchange();
        assertThat(body(duplicate)).contains("已被使用");
    }

    @Test
    void theSystemAdministratorEditsDisablesEnablesAndResetsAnAccount() {
        var admin = console(mvc, "admin");
        assertThat(mvc.post().uri("/console/users/" + someone.id()).with(admin).with(csrf())
                .param("displayName", "改后名").param("unitId", String.valueOf(township)).param("staffNo", "")
                .param("phone", "").param("enabled", "true")).hasRedirectedUrl("/console/users/" + someone.id());
        assertThat(directory.find(someone.id()).orElseThrow().displayName()).isEqualTo("改后名");
        assertThat(mvc.post().uri("/console/users/" + someone.id() + "/disable").with(admin).with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(directory.find(someone.id()).orElseThrow().enabled()).isFalse();
        assertThat(mvc.post().uri("/console/users/" + someone.id() + "/enable").with(admin).with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(directory.find(someone.id()).orElseThrow().enabled()).isTrue();
        assertThat(mvc.post().uri("/console/users/" + someone.id() + "/password-reset").with(admin).with(csrf()))
                .hasStatusOk().bodyText().contains("issued-password");
        assertThat(mvc.post().uri("/console/users/" + someone.id() + "/unlock").with(admin).with(csrf()))
                .hasStatus3xxRedirection();
    }

    @Test
    void aRuleOfLawOfficeCreatesAndEditsAChildUnit() {
        var donghu = console(mvc, "donghu");
        String code = unique("CU");
        MvcTestResult created = mvc.post().uri("/console/units?parentId=" + township).with(donghu).with(csrf())
                .param("code", code).param("name", "东湖镇新村").param("kind", "VILLAGE_COMMITTEE").param("level", "VILLAGE")
                .param("sortOrder", "9").param("active", "true").exchange();
        Unit unit = units.findByCode(code).orElseThrow();
        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/console/units/" + unit.id());
        assertThat(mvc.post().uri("/console/units/" + unit.id()).with(donghu).with(csrf()).param("code", code)
                .param("name", "东湖镇新村（改）").param("kind", "VILLAGE_COMMITTEE").param("level", "VILLAGE")
                .param("sortOrder", "9").param("active", "false")).hasStatus3xxRedirection();
        Unit after = units.findByCode(code).orElseThrow();
        assertThat(after.name()).isEqualTo("东湖镇新村（改）");
        assertThat(after.active()).isFalse();
        assertThat(page("/console/units", donghu)).contains("东湖镇新村（改）");
    }

    @Test
    void theOpenApiDocumentDescribesTheUnitsUsersAndTokenEndpointsWithoutSecrets() {
        MvcTestResult r = mvc.get().uri("/v3/api-docs").exchange();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(r)).contains("/api/v1/units", "/api/v1/users/{id}/roles", "/api/v1/users/{id}/password-reset",
                "/api/v1/users/{id}/unlock", "/api/v1/account/tokens", "/api/v1/account/tokens/{id}")
                .doesNotContain("passwordHash", "tokenHash");
    }
}
