package org.fazhi.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.support.DemoUsers.as;
import static org.fazhi.units.UnitsFixtures.body;
import static org.fazhi.units.UnitsFixtures.console;
import static org.fazhi.units.UnitsFixtures.id;
import static org.fazhi.units.UnitsFixtures.json;
import static org.fazhi.units.UnitsFixtures.read;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import org.fazhi.support.FazhiIT;
import org.fazhi.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Personal API tokens: a token acts as its owner with the owner's roles and data scope, is shown
 * once, and stops working (401 problem) when revoked or expired.
 */
@FazhiIT
class ApiTokensIT {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    TestClock clock;
    @Autowired
    Units units;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static RequestPostProcessor bearer(String token) {
        return request -> {
            request.addHeader("Authorization", "Bearer " + token);
            return request;
        };
    }

    private MvcTestResult issue(String user, int days) {
        MvcTestResult r = json(mvc, "POST", "/api/v1/account/tokens", as(user),
                "{\"name\":\"" + UnitsFixtures.unique("script") + "\",\"validDays\":" + days + "}");
        assertThat(r.getResponse().getStatus()).as(body(r)).isEqualTo(201);
        return r;
    }

    @Test
    void aTokenActsAsItsOwnerWithinTheOwnersScope() {
        String token = read(issue("donghu", 30), "$.token");
        assertThat(token).startsWith("fzt_");
        MvcTestResult self = json(mvc, "GET", "/api/v1/account", bearer(token), null);
        assertThat(read(self, "$.username").toString()).isEqualTo("donghu");
        long xishan = units.findByCode("SFX-XS").orElseThrow().id();
        long donghu = units.findByCode("SFX-DH").orElseThrow().id();
        assertThat(json(mvc, "GET", "/api/v1/units/" + xishan, bearer(token), null).getResponse().getStatus())
                .isEqualTo(404);
        assertThat(json(mvc, "GET", "/api/v1/units/" + donghu, bearer(token), null).getResponse().getStatus())
                .isEqualTo(200);
        assertThat(json(mvc, "POST", "/api/v1/users", bearer(token), "{\"username\":\"" + UnitsFixtures.unique("t")
                + "\",\"displayName\":\"某\",\"unitId\":" + donghu + "}").getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void theListNeverShowsTheTokenAgain() {
        MvcTestResult issued = issue("fzb", 10);
        String token = read(issued, "$.token");
        String list = body(json(mvc, "GET", "/api/v1/account/tokens", as("fzb"), null));
        assertThat(list).contains(read(issued, "$.name").toString()).doesNotContain(token);
        assertThat(list).doesNotContain("hash");
    }

    @Test
    void aRevokedTokenGivesA401Problem() {
        MvcTestResult issued = issue("fzb", 10);
        String token = read(issued, "$.token");
        assertThat(json(mvc, "GET", "/api/v1/account", bearer(token), null).getResponse().getStatus()).isEqualTo(200);
        assertThat(json(mvc, "DELETE", "/api/v1/account/tokens/" + id(issued, "$.id"), as("fzb"), null)
                .getResponse().getStatus()).isEqualTo(204);
        MvcTestResult after = json(mvc, "GET", "/api/v1/account", bearer(token), null);
        assertThat(after.getResponse().getStatus()).isEqualTo(401);
        assertThat(after.getResponse().getContentType()).contains("application/problem+json");
        assertThat(read(after, "$.type").toString()).isEqualTo("/problems/unauthorized");
    }

    @Test
    void anExpiredTokenGivesA401Problem() {
        clock.set(clock.instant());
        String token = read(issue("fzb", 1), "$.token");
        clock.advance(Duration.ofHours(23));
        assertThat(json(mvc, "GET", "/api/v1/account", bearer(token), null).getResponse().getStatus()).isEqualTo(200);
        clock.advance(Duration.ofHours(2));
        assertThat(json(mvc, "GET", "/api/v1/account", bearer(token), null).getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void anUnknownTokenGivesA401Problem() {
        MvcTestResult r = json(mvc, "GET", "/api/v1/units", bearer("fzt_" + "x".repeat(43)), null);
        assertThat(r.getResponse().getStatus()).isEqualTo(401);
        assertThat(read(r, "$.status").toString()).isEqualTo("401");
    }

    @Test
    void nobodyRevokesAnotherUsersToken() {
        MvcTestResult issued = issue("fzb", 10);
        assertThat(json(mvc, "DELETE", "/api/v1/account/tokens/" + id(issued, "$.id"), as("donghu"), null)
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(json(mvc, "GET", "/api/v1/account", bearer(read(issued, "$.token")), null).getResponse()
                .getStatus()).isEqualTo(200);
    }

    @Test
    void theAccountPageIssuesATokenOnceAndRevokesIt() {
        var session = console(mvc, "fzb");
        MvcTestResult page = mvc.post().uri("/console/account/tokens").with(session).with(csrf())
                .param("name", "每日同步").param("validHours", "720").param("scopes", "normdocs:read").exchange();
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        String html = body(page);
        int at = html.indexOf("id=\"issued-token\"");
        assertThat(at).as(html).isPositive();
        int start = html.indexOf('>', at) + 1;
        String token = html.substring(start, html.indexOf('<', start)).strip();
        assertThat(token).startsWith("fzt_");
        assertThat(json(mvc, "GET", "/api/v1/account", bearer(token), null).getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.get().uri("/console/account").with(session)).hasStatusOk().bodyText().contains("每日同步")
                .doesNotContain(token);
        assertThat(json(mvc, "GET", "/api/v1/normdocs/documents", bearer(token), null).getResponse().getStatus())
                .isEqualTo(200);
        assertThat(json(mvc, "GET", "/api/v1/units", bearer(token), null).getResponse().getStatus())
                .as("outside its scopes").isEqualTo(403);
        assertThat(mvc.post().uri("/console/account/tokens").with(session).with(csrf()).param("name", "")
                .param("validHours", "9999")).hasStatusOk().bodyText().doesNotContain("issued-token");
        assertThat(mvc.post().uri("/console/account/tokens").with(session).with(csrf()).param("name", "x")
                .param("validHours", "8").param("scopes", "nonsense:read")).hasStatusOk().bodyText()
                .contains("访问范围“nonsense:read”不存在").doesNotContain("issued-token");
    }

    @Test
    void theSystemAdministratorCreatesAServiceAccountAndTheSecurityAdministratorIssuesItsTokenOnTheConsole() {
        long market = units.findByCode("SFX-SJJ").orElseThrow().id();
        String username = UnitsFixtures.unique("svc");
        MvcTestResult created = mvc.post().uri("/console/users").with(console(mvc, "admin")).with(csrf())
                .param("username", username).param("displayName", "执法系统接口").param("unitId", String.valueOf(market))
                .param("enabled", "true").param("serviceAccount", "true").exchange();
        assertThat(created.getResponse().getRedirectedUrl()).as(body(created)).startsWith("/console/users/");
        String userPage = created.getResponse().getRedirectedUrl();
        long id = Long.parseLong(userPage.substring(userPage.lastIndexOf('/') + 1));
        assertThat(json(mvc, "PUT", "/api/v1/users/" + id + "/roles", as("secadmin"), "{\"roles\":[\"DRAFTER\"]}")
                .getResponse().getStatus()).isEqualTo(200);
        var secadmin = console(mvc, "secadmin");
        assertThat(mvc.get().uri(userPage).with(secadmin)).hasStatusOk().bodyText().contains("服务账户", "tokens-heading");
        assertThat(mvc.get().uri(userPage).with(console(mvc, "admin"))).hasStatusOk().bodyText()
                .doesNotContain("tokens-heading");
        MvcTestResult issued = mvc.post().uri(userPage + "/tokens").with(secadmin).with(csrf()).param("name", "接口")
                .param("validHours", "720").param("scopes", "normdocs:read").exchange();
        String html = body(issued);
        int at = html.indexOf("id=\"issued-token\"");
        assertThat(at).as(html).isPositive();
        int start = html.indexOf('>', at) + 1;
        String token = html.substring(start, html.indexOf('<', start)).strip();
        assertThat(json(mvc, "GET", "/api/v1/normdocs/documents", bearer(token), null).getResponse().getStatus())
                .isEqualTo(200);
        assertThat(mvc.post().uri(userPage + "/tokens").with(console(mvc, "admin")).with(csrf()).param("name", "x")
                .param("validHours", "8").param("scopes", "normdocs:read")).hasStatus(403);
    }
}
