package org.fazhi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.calendar.KernelTestSupport.console;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.RequestDispatcher;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The shell around every page: error pages in the right layout, navigation, language switch, sign-in, labels. */
@FazhiIT
class WebShellIT {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void aMistypedPublicAddressIsAPublicNotFoundPageWithThePortalNavigationNotTheStaffSignIn() throws Exception {
        assertThat(mvc.get().uri("/documentz")).hasStatus(404);
        // what the container's error dispatch for that address renders
        var r = mvc.get().uri("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/documentz").exchange();
        assertThat(r).hasStatusOk();
        assertThat(r).bodyText().contains("页面不存在").contains("工作日计算器").contains("时限与标准")
                .contains("fz-portal").doesNotContain("id=\"login-form\"").doesNotContain("fz-sidebar");
        assertThat(mvc.get().uri("/rules/nothing/here")).hasStatus(404);
        assertThat(mvc.get().uri("/console/deadlines")).hasStatus3xxRedirection().hasRedirectedUrl("/login");
    }

    @Test
    void aSignedInUsersNotFoundAndForbiddenPagesKeepTheConsoleLayout() throws Exception {
        assertThat(mvc.get().uri("/console/no-such-page").with(console(users, "fzb"))).hasStatus(404);
        var missing = mvc.get().uri("/error").with(console(users, "fzb"))
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/console/no-such-page").exchange();
        assertThat(missing).bodyText().contains("fz-console").contains("fz-sidebar").contains("督办台")
                .doesNotContain("fz-portal-header");
        assertThat(mvc.get().uri("/console/audit").with(console(users, "fzb"))).hasStatus(403);
        var forbidden = mvc.get().uri("/error").with(console(users, "fzb"))
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/console/audit").exchange();
        assertThat(forbidden).bodyText().contains("fz-console").contains("没有访问权限");
        var gone = mvc.get().uri("/console/deadlines/999999999").with(console(users, "fzb")).exchange();
        assertThat(gone).hasStatus(404);
        assertThat(gone).bodyText().contains("fz-console").contains("fz-sidebar");
    }

    @Test
    void headOnAPublicPageAnswersLikeGet() throws Exception {
        assertThat(mvc.head().uri("/rules")).hasStatusOk();
        assertThat(mvc.head().uri("/calculator")).hasStatusOk();
        assertThat(mvc.head().uri("/api/v1/rules/GI-01")).hasStatusOk();
        assertThat(mvc.head().uri("/console/deadlines")).hasStatus3xxRedirection();
    }

    @Test
    void theLanguageSwitchKeepsTheCurrentPageAndItsQuery() throws Exception {
        String page = mvc.get().uri("/calculator?from=2024-09-30&mode=workingDays&n=5").exchange().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("href=\"([^\"]*lang=en[^\"]*)\"").matcher(page);
        assertThat(m.find()).isTrue();
        String link = m.group(1).replace("&amp;", "&");
        assertThat(link).startsWith("/calculator?").contains("from=2024-09-30").contains("mode=workingDays")
                .contains("n=5").contains("lang=en");
        assertThat(mvc.get().uri(link)).hasStatusOk().bodyText().contains("2024-10-12").contains("Working-day calculator");
    }

    @Test
    void onlyOneSidebarEntryIsHighlighted() throws Exception {
        String page = mvc.get().uri("/console/audit/sign-in-failures").with(console(users, "auditor")).exchange()
                .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String sidebar = page.substring(page.indexOf("fz-sidebar"));
        Matcher active = Pattern.compile("class=\"nav-link active\"").matcher(sidebar);
        int n = 0;
        while (active.find()) {
            n++;
        }
        assertThat(n).isEqualTo(1);
        assertThat(sidebar).containsPattern("href=\"/console/audit/sign-in-failures\"[^>]*class=\"nav-link active\"|class=\"nav-link active\"[^>]*href=\"/console/audit/sign-in-failures\"|href=\"/console/audit/sign-in-failures\"[^>]*>");
        assertThat(sidebar).doesNotContainPattern("href=\"/console/audit\"[^>]*active");
    }

    @Test
    void aFailedSignInKeepsTheUserName() throws Exception {
        String name = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        MockHttpSession session = new MockHttpSession();
        assertThat(mvc.post().uri("/login").session(session).param("username", name).param("password", "wrong-wrong")
                .with(csrf())).hasRedirectedUrl("/login?error");
        assertThat(mvc.get().uri("/login?error").session(session)).hasStatusOk().bodyText()
                .contains("value=\"" + name + "\"");
        assertThat(mvc.get().uri("/login").session(session)).hasStatusOk().bodyText()
                .doesNotContain("value=\"" + name + "\"");
    }

    @Test
    void theAuditLogNamesObjectsAndActionsInChinese() throws Exception {
        String page = mvc.get().uri("/console/audit?entityType=sign-in").with(console(users, "auditor")).exchange()
                .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains(">登录<").contains("<option value=\"normative-document\">规范性文件</option>")
                .contains(">催办<").doesNotContain(">sign-in<").doesNotContain(">sign-in </");
    }

    @Test
    void theCalendarPageSaysWhereAShippedYearComesFromInWords() throws Exception {
        assertThat(mvc.get().uri("/console/calendar?year=2024").with(console(users, "fzb"))).hasStatusOk().bodyText()
                .contains("国务院办公厅").doesNotContain("cn-holidays.csv").doesNotContain("录入人：system");
    }

    @Test
    void aConsoleFormThatFailsSummarisesEveryProblemNamingItsField() throws Exception {
        long parent = mvc.get().uri("/console/units").with(console(users, "fzb")).exchange().getResponse().getStatus() == 200
                ? jdbcUnit("SFX") : 0;
        String page = mvc.post().uri("/console/units?parentId=" + parent).with(console(users, "fzb"))
                .param("code", "").param("name", "").param("kind", "DEPARTMENT").param("level", "COUNTY")
                .param("sortOrder", "1").param("active", "true").exchange().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"error-summary\"").contains("单位代码：").contains("单位名称：")
                .doesNotContain("不能为空").doesNotContain("不能为null");
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private long jdbcUnit(String code) {
        return jdbc.sql("select id from unit where code = ?").param(code).query(Long.class).single();
    }

    @Test
    void signedInPagesAreNeverStoredPublicPagesAreRevalidatedVersionedAssetsKeptForAYear() throws Exception {
        assertThat(mvc.get().uri("/rules")).hasStatusOk().hasHeader("Cache-Control", "no-cache")
                .headers().containsHeader("ETag");
        assertThat(mvc.get().uri("/console/deadlines").with(console(users, "fzb"))).hasStatusOk()
                .hasHeader("Cache-Control", "no-store");
        String page = mvc.get().uri("/rules").exchange().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        Matcher css = Pattern.compile("href=\"(/css/fazhi-[0-9a-f]{32}\\.css)\"").matcher(page);
        assertThat(css.find()).isTrue();
        assertThat(mvc.get().uri(css.group(1))).hasStatusOk().hasHeader("Cache-Control", "max-age=31536000, public");
        Matcher bootstrap = Pattern.compile("href=\"(/webjars/bootstrap/[^\"]+-[0-9a-f]{32}\\.css)\"").matcher(page);
        assertThat(bootstrap.find()).isTrue();
        assertThat(mvc.get().uri(bootstrap.group(1))).hasStatusOk().hasHeader("Cache-Control", "max-age=31536000, public");
        assertThat(page).doesNotContain("name=\"_csrf\"");
    }
}
