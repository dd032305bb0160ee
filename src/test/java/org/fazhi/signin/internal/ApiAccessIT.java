package org.fazhi.signin.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.fazhi.support.DemoUsers;
import org.fazhi.support.FazhiIT;
import org.fazhi.support.TestClock;
import org.fazhi.units.ActingAs;
import org.fazhi.signin.ApiTokens;
import org.fazhi.units.UserAccounts;
import org.fazhi.units.UserDirectory;
import org.fazhi.units.Units;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The JSON API does not bypass the second factor (SECURITY.md AUTH-07), with the production setting
 * {@code required-for: all}. The probe found HTTP Basic with a password alone granting roles,
 * exporting the audit log, minting a 365-day token and changing the password, and the token
 * surviving a password reset. Now: a password alone reaches no API of such an account; tokens come
 * from a console session that passed the second factor, are short-lived and read-only unless asked,
 * never issue tokens or change the password, and are revoked on a password change or reset,
 * disabling and a second-factor reset; system-to-system calls use explicit service accounts whose
 * scoped tokens only the security administrator issues.
 */
@FazhiIT(properties = SecondFactorIT.REQUIRED_FOR_ALL)
class ApiAccessIT {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    @Autowired
    MockMvcTester mvc;
    @Autowired
    ActingAs acting;
    @Autowired
    ApiTokens tokens;
    @Autowired
    UserAccounts accounts;

    @Autowired
    org.fazhi.signin.Passwords passwords;
    @Autowired
    UserDirectory directory;
    @Autowired
    Units units;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;

    RequestPostProcessor from;

    @BeforeEach
    void setUp() {
        from = SecondFactorIT.freshAddress();
        clock.set(Instant.now());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private MvcTestResult call(String method, String uri, RequestPostProcessor who, String body) {
        var req = switch (method) {
            case "POST" -> mvc.post().uri(uri);
            case "PUT" -> mvc.put().uri(uri);
            case "DELETE" -> mvc.delete().uri(uri);
            default -> mvc.get().uri(uri);
        };
        req.with(who).with(from).accept(MediaType.APPLICATION_JSON);
        if (body != null) {
            req.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return req.exchange();
    }

    private static String body(MvcTestResult r) {
        try {
            return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RequestPostProcessor demo(String user) {
        return DemoUsers.as(user);
    }

    /** A token as a console session that passed the second factor issues it. */
    private ApiTokens.IssuedToken token(String user, Duration validity, String... scopes) {
        return acting.run(user, () -> tokens.issue("test-" + COUNTER.incrementAndGet(), validity, List.of(scopes)));
    }

    private static RequestPostProcessor bearer(ApiTokens.IssuedToken t) {
        return SecondFactorIT.bearer(t.token());
    }

    private long unit(String code) {
        return units.findByCode(code).orElseThrow().id();
    }

    @Test
    void aPasswordAloneReachesNoApiOfAnAccountThatSignsInWithTwoFactors() {
        long target = directory.findByUsername("fzb").orElseThrow().id();
        List<MvcTestResult> attempts = List.of(
                call("GET", "/api/v1/audit/events", demo("auditor"), null),
                call("GET", "/api/v1/audit/events.csv", demo("auditor"), null),
                call("PUT", "/api/v1/users/" + target + "/roles", demo("secadmin"), "{\"roles\":[\"LEADER\"]}"),
                call("POST", "/api/v1/account/tokens", demo("fzb"), "{\"name\":\"year\",\"validDays\":365}"),
                call("PUT", "/api/v1/account/password", demo("fzb"),
                        "{\"currentPassword\":\"" + DemoUsers.PASSWORD + "\",\"newPassword\":\"Qz8#Other-Ridge-1\"}"),
                call("GET", "/api/v1/units", demo(DemoUsers.ADMIN), null));
        for (MvcTestResult r : attempts) {
            assertThat(r.getResponse().getStatus()).as(r.getRequest().getRequestURI()).isEqualTo(401);
            assertThat(body(r)).contains("/problems/second-factor-required").doesNotContain("fzt_");
        }
        assertThat(directory.find(target).orElseThrow().roles()).containsExactly(org.fazhi.units.Role.RULE_OF_LAW_OFFICE);
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'sign-in' and outcome = 'FAILURE'"
                + " and changes like '%second-factor-required%' and ip = ?").param(ip()).query(Long.class).single())
                .isEqualTo(attempts.size());
    }

    private String ip() {
        return call("GET", "/api/v1/public/consultations", r -> r, null).getRequest().getRemoteAddr();
    }

    @Test
    void aTokenNeverIssuesATokenNorChangesThePassword() {
        ApiTokens.IssuedToken t = token("fzb", null, "all:write");
        assertThat(call("GET", "/api/v1/account", bearer(t), null).getResponse().getStatus()).isEqualTo(200);
        MvcTestResult issue = call("POST", "/api/v1/account/tokens", bearer(t), "{\"name\":\"child\"}");
        assertThat(issue.getResponse().getStatus()).isEqualTo(403);
        assertThat(body(issue)).contains("/problems/token-scope").doesNotContain("fzt_");
        MvcTestResult password = call("PUT", "/api/v1/account/password", bearer(t),
                "{\"currentPassword\":\"" + DemoUsers.PASSWORD + "\",\"newPassword\":\"Qz8#Other-Ridge-1\"}");
        assertThat(password.getResponse().getStatus()).isEqualTo(403);
        assertThat(call("GET", "/api/v1/account/tokens", bearer(t), null).getResponse().getStatus()).isEqualTo(403);
        // the service refuses as well, whatever path a token takes to it
        long fzb = directory.findByUsername("fzb").orElseThrow().id();
        var owner = new FazhiUserDetails(new SignInAccount(fzb, "fzb", "x", unit("SFX"), null,
                java.util.Set.of(), "h", Instant.now(), false, true, 0, null, null, null, null, false, false), Instant.now(),
                java.time.LocalDate.now(), 90);
        var auth = new TokenAuthentication(owner, 1, java.util.Set.of("all:write"));
        var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> tokens.issue("child", null, List.of()))
                    .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    @Test
    void aTokenIsShortLivedAndReadOnlyUnlessAskedFor() {
        Instant now = clock.instant();
        ApiTokens.IssuedToken t = token("donghu", null);
        assertThat(t.scopes()).containsExactly("all:read");
        assertThat(t.expiresAt()).isEqualTo(now.plus(Duration.ofHours(8)));
        assertThat(call("GET", "/api/v1/units/" + unit("SFX-DH"), bearer(t), null).getResponse().getStatus())
                .isEqualTo(200);
        String unit = "{\"parentId\":" + unit("SFX-DH") + ",\"code\":\"T" + System.nanoTime() % 1_000_000_000
                + "\",\"name\":\"令牌新建\",\"kind\":\"OTHER\",\"level\":\"VILLAGE\"}";
        MvcTestResult write = call("POST", "/api/v1/units", bearer(t), unit);
        assertThat(write.getResponse().getStatus()).isEqualTo(403);
        assertThat(body(write)).contains("/problems/token-scope");
        ApiTokens.IssuedToken writer = token("donghu", Duration.ofHours(1), "units:write");
        assertThat(call("POST", "/api/v1/units", bearer(writer), unit).getResponse().getStatus()).isEqualTo(201);
        assertThat(call("GET", "/api/v1/normdocs/documents", bearer(writer), null).getResponse().getStatus())
                .as("units:write does not reach normdocs").isEqualTo(403);
        clock.advance(Duration.ofHours(8).plusSeconds(1));
        assertThat(call("GET", "/api/v1/units", bearer(t), null).getResponse().getStatus()).isEqualTo(401);
        MvcTestResult year = call("POST", "/api/v1/account/tokens", demo("donghu"),
                "{\"name\":\"year\",\"validDays\":365}");
        assertThat(year.getResponse().getStatus()).as("no password-only issuing here at all").isEqualTo(401);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> token("donghu", Duration.ofDays(31)))
                .isInstanceOf(org.fazhi.shared.InvalidInputException.class);
    }

    @Test
    void everyTokenOfAnAccountIsRevokedWhenItsPasswordIsChangedOrResetItIsDisabledOrItsSecondFactorReset() {
        ApiTokens.IssuedToken admin = token(DemoUsers.ADMIN, Duration.ofHours(1), "all:write");
        ApiTokens.IssuedToken secadmin = token("secadmin", Duration.ofHours(1), "all:write");
        for (String event : List.of("change", "reset", "disable", "second-factor")) {
            String username = "revoke" + Long.toString(System.nanoTime(), 36);
            MvcTestResult created = call("POST", "/api/v1/users", bearer(admin), "{\"username\":\"" + username
                    + "\",\"displayName\":\"撤销测试\",\"unitId\":" + unit("SFX-JYJ") + "}");
            assertThat(created.getResponse().getStatus()).as(body(created)).isEqualTo(201);
            long id = ((Number) JsonPath.read(body(created), "$.userId")).longValue();
            String generated = JsonPath.read(body(created), "$.password");
            acting.run(username, () -> passwords.changeOwnPassword(generated, SecondFactorIT.GOOD_PASSWORD));
            ApiTokens.IssuedToken t = token(username, Duration.ofHours(2));
            assertThat(call("GET", "/api/v1/account", bearer(t), null).getResponse().getStatus()).isEqualTo(200);
            switch (event) {
                case "change" -> acting.run(username, () -> passwords.changeOwnPassword(SecondFactorIT.GOOD_PASSWORD,
                        "Qz8#Second-Ridge-2"));
                case "reset" -> assertThat(call("POST", "/api/v1/users/" + id + "/password-reset", bearer(admin), null)
                        .getResponse().getStatus()).isEqualTo(200);
                case "disable" -> assertThat(call("PUT", "/api/v1/users/" + id, bearer(admin), "{\"displayName\":"
                        + "\"撤销测试\",\"unitId\":" + unit("SFX-JYJ") + ",\"enabled\":false}").getResponse().getStatus())
                        .isEqualTo(200);
                default -> assertThat(call("POST", "/api/v1/users/" + id + "/second-factor/reset", bearer(secadmin),
                        null).getResponse().getStatus()).isEqualTo(204);
            }
            if (event.equals("disable")) {
                assertThat(jdbc.sql("update app_user set enabled = true where id = ?").param(id).update()).isOne();
            }
            assertThat(call("GET", "/api/v1/account", bearer(t), null).getResponse().getStatus()).as(event)
                    .isEqualTo(401);
            assertThat(jdbc.sql("select revoked_reason from api_token where id = ?").param(t.id()).query(String.class)
                    .single()).isIn("password-change", "password-reset", "disabled", "second-factor-reset");
        }
    }

    @Test
    void aServiceAccountIsExplicitLimitedToItsScopesAndAudited() {
        ApiTokens.IssuedToken admin = token(DemoUsers.ADMIN, Duration.ofHours(1), "all:write");
        ApiTokens.IssuedToken secadmin = token("secadmin", Duration.ofHours(1), "all:write");
        String username = "sync" + Long.toString(System.nanoTime(), 36);
        MvcTestResult created = call("POST", "/api/v1/users/service-accounts", bearer(admin), "{\"username\":\""
                + username + "\",\"displayName\":\"数据同步接口\",\"unitId\":" + unit("SFX-SJJ") + "}");
        assertThat(created.getResponse().getStatus()).as(body(created)).isEqualTo(201);
        assertThat(body(created)).contains("\"serviceAccount\":true").doesNotContain("password\"");
        long id = ((Number) JsonPath.read(body(created), "$.id")).longValue();

        assertThat(call("PUT", "/api/v1/users/" + id + "/roles", bearer(secadmin), "{\"roles\":[\"AUDITOR\"]}")
                .getResponse().getStatus()).as("never an administrator").isEqualTo(409);
        assertThat(call("PUT", "/api/v1/users/" + id + "/roles", bearer(secadmin), "{\"roles\":[\"DRAFTER\"]}")
                .getResponse().getStatus()).isEqualTo(200);
        assertThat(call("POST", "/api/v1/users/" + id + "/tokens", bearer(admin),
                "{\"name\":\"sync\",\"scopes\":[\"normdocs:read\"]}").getResponse().getStatus())
                .as("the system administrator issues no token").isEqualTo(403);
        assertThat(call("POST", "/api/v1/users/" + id + "/tokens", bearer(secadmin), "{\"name\":\"sync\"}")
                .getResponse().getStatus()).as("scopes must be named").isEqualTo(400);
        assertThat(call("POST", "/api/v1/users/" + id + "/tokens", bearer(secadmin),
                "{\"name\":\"sync\",\"validDays\":91,\"scopes\":[\"normdocs:read\"]}").getResponse().getStatus())
                .as("at most 90 days").isEqualTo(400);
        MvcTestResult issued = call("POST", "/api/v1/users/" + id + "/tokens", bearer(secadmin),
                "{\"name\":\"sync\",\"scopes\":[\"normdocs:read\"]}");
        assertThat(issued.getResponse().getStatus()).as(body(issued)).isEqualTo(201);
        RequestPostProcessor service = SecondFactorIT.bearer(JsonPath.read(body(issued), "$.token"));
        long tokenId = ((Number) JsonPath.read(body(issued), "$.id")).longValue();

        assertThat(call("GET", "/api/v1/normdocs/documents", service, null).getResponse().getStatus()).isEqualTo(200);
        assertThat(call("POST", "/api/v1/normdocs/documents", service, "{}").getResponse().getStatus())
                .as("read scope only").isEqualTo(403);
        assertThat(call("GET", "/api/v1/units", service, null).getResponse().getStatus()).as("another area")
                .isEqualTo(403);
        assertThat(call("POST", "/api/v1/account/tokens", service, "{\"name\":\"x\"}").getResponse().getStatus())
                .isEqualTo(403);
        assertThat(call("GET", "/api/v1/account", httpBasic(username, "anything-at-all"), null).getResponse()
                .getStatus()).isEqualTo(401);
        assertThat(mvc.post().uri("/login").param("username", username).param("password", "anything")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .with(from).exchange().getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(call("POST", "/api/v1/users/" + id + "/password-reset", bearer(admin), null).getResponse()
                .getStatus()).as("no password to reset").isEqualTo(409);

        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'api-token' and entity_id = ?"
                + " and action in ('issue', 'use')").param(String.valueOf(tokenId)).query(Long.class).single())
                .isEqualTo(2);
        assertThat(call("DELETE", "/api/v1/users/" + id + "/tokens/" + tokenId, bearer(secadmin), null).getResponse()
                .getStatus()).isEqualTo(204);
        assertThat(call("GET", "/api/v1/normdocs/documents", service, null).getResponse().getStatus()).isEqualTo(401);
    }
}
