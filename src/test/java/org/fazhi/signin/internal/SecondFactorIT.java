package org.fazhi.signin.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.support.FazhiIT;
import org.fazhi.support.TestClock;
import org.fazhi.units.Units;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Two-factor console sign-in (SECURITY.md AUTH-07) with the production setting
 * {@code required-for: all}: the password alone reaches nothing but the code page, a code is
 * single-use and valid one step either side only, enrolment needs a valid first code, wrong codes
 * lock the account, the security administrator's reset forces a new enrolment, and the forced
 * password change comes after the second factor. The same application as {@code @FazhiIT}, in a
 * context of its own because of the setting.
 */
@FazhiIT(properties = SecondFactorIT.REQUIRED_FOR_ALL)
class SecondFactorIT {

    /** The production setting, which the shared test context turns off. */
    static final String REQUIRED_FOR_ALL = "fazhi.security.second-factor.required-for=all";

    static final String GOOD_PASSWORD = "Qz8#Lantern-Ridge";
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final AtomicInteger ADDRESS = new AtomicInteger((int) (System.nanoTime() & 0xFFFF));
    private static final Pattern SECRET = Pattern.compile("id=\"totp-secret\"[^>]*>([A-Z2-7 ]+)<");

    @Autowired
    MockMvcTester mvc;
    @Autowired
    TestClock clock;
    @Autowired
    Units units;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.fazhi.units.ActingAs acting;
    @Autowired
    org.fazhi.signin.ApiTokens tokens;
    @Autowired
    org.fazhi.units.UserAccounts accounts;

    @Autowired
    org.fazhi.signin.Passwords passwords;

    RequestPostProcessor from;

    @BeforeEach
    void setUp() {
        // 5 s into a time step, so that "one step later" is unambiguous
        long step = Totp.step(Instant.now()) + 10;
        clock.set(Instant.ofEpochSecond(step * Totp.STEP_SECONDS + 5));
        from = freshAddress();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    record Account(long id, String username, String password) {
    }

    // ---- the tests

    @Test
    void aCorrectPasswordWithoutACodeReachesNothingButTheCodePage() throws Exception {
        Account a = readyAccount();
        String secret = enrol(a);
        clock.advance(Duration.ofSeconds(30));

        MvcTestResult signIn = passwordSignIn(a.username(), a.password());
        assertThat(signIn.getResponse().getRedirectedUrl()).isEqualTo("/login/totp");
        MockHttpSession session = session(signIn);
        for (String page : new String[] {"/console", "/console/account", "/console/password", "/console/users",
            "/console/units"}) {
            assertThat(get(page, session).getResponse().getRedirectedUrl()).as(page).isEqualTo("/login/totp");
        }
        MvcTestResult htmx = mvc.get().uri("/console").session(session).header("HX-Request", "true").with(from)
                .exchange();
        assertThat(htmx.getResponse().getStatus()).isEqualTo(401);
        assertThat(post("/console/account/tokens", session, "name", "x", "validDays", "5").getResponse()
                .getRedirectedUrl()).isEqualTo("/login/totp");
        assertThat(jdbc.sql("select count(*) from api_token where user_id = ?").param(a.id()).query(Long.class)
                .single()).isZero();
        assertThat(get("/login/totp", session).getResponse().getStatus()).isEqualTo(200);

        String oldId = session.getId();
        MvcTestResult code = post("/login/totp", session, "code", codeNow(secret, 0));
        assertThat(code.getResponse().getRedirectedUrl()).isEqualTo("/console");
        assertThat(session.getId()).as("session id rotated after the second factor").isNotEqualTo(oldId);
        assertThat(get("/console", session).getResponse().getStatus()).isEqualTo(200);
        assertThat(get("/console/account", session).getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("已绑定身份验证器");
        assertThat(get("/login/totp", session).getResponse().getRedirectedUrl()).isEqualTo("/console");
    }

    @Test
    void aCodeIsSingleUseEvenInANewSignIn() throws Exception {
        Account a = readyAccount();
        String secret = enrol(a);
        clock.advance(Duration.ofSeconds(30));
        String code = codeNow(secret, 0);

        MockHttpSession first = session(passwordSignIn(a.username(), a.password()));
        assertThat(post("/login/totp", first, "code", code).getResponse().getRedirectedUrl()).isEqualTo("/console");

        MockHttpSession second = session(passwordSignIn(a.username(), a.password()));
        MvcTestResult again = post("/login/totp", second, "code", code);
        assertThat(again.getResponse().getStatus()).isEqualTo(200);
        assertThat(again.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("验证码无效或已使用");
        assertThat(get("/console", second).getResponse().getRedirectedUrl()).isEqualTo("/login/totp");
        // the previous step's code is older than the one used: refused as well
        assertThat(post("/login/totp", second, "code", codeNow(secret, -1)).getResponse().getStatus()).isEqualTo(200);

        clock.advance(Duration.ofSeconds(30));
        assertThat(post("/login/totp", second, "code", codeNow(secret, 0)).getResponse().getRedirectedUrl())
                .isEqualTo("/console");
        assertThat(get("/console", second).getResponse().getStatus()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'sign-in' and entity_id = ?"
                + " and action = 'second-factor' and outcome = 'FAILURE'").param(String.valueOf(a.id()))
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void theWindowIsOneStepEitherSide() throws Exception {
        Account a = readyAccount();
        String secret = enrol(a);
        clock.advance(Duration.ofMinutes(5));

        MockHttpSession session = session(passwordSignIn(a.username(), a.password()));
        String twoBack = codeNow(secret, -2);
        String twoAhead = codeNow(secret, 2);
        boolean collides = false;
        for (int d = -1; d <= 1; d++) {
            collides |= codeNow(secret, d).equals(twoBack) || codeNow(secret, d).equals(twoAhead);
        }
        if (!collides) {
            assertThat(post("/login/totp", session, "code", twoBack).getResponse().getStatus()).isEqualTo(200);
            assertThat(post("/login/totp", session, "code", twoAhead).getResponse().getStatus()).isEqualTo(200);
            assertThat(get("/console", session).getResponse().getRedirectedUrl()).isEqualTo("/login/totp");
        }
        assertThat(post("/login/totp", session, "code", codeNow(secret, -1)).getResponse().getRedirectedUrl())
                .isEqualTo("/console");

        MockHttpSession later = session(passwordSignIn(a.username(), a.password()));
        assertThat(post("/login/totp", later, "code", codeNow(secret, 1)).getResponse().getRedirectedUrl())
                .isEqualTo("/console");
    }

    @Test
    void enrolmentShowsTheSecretOnceAndNeedsAValidFirstCode() throws Exception {
        Account a = readyAccount();
        MockHttpSession session = session(passwordSignIn(a.username(), a.password()));
        assertThat(get("/login/totp", session).getResponse().getRedirectedUrl()).isEqualTo("/login/totp/enrol");
        assertThat(get("/console", session).getResponse().getRedirectedUrl()).isEqualTo("/login/totp");

        MvcTestResult page = get("/login/totp/enrol", session);
        String html = page.getResponse().getContentAsString(StandardCharsets.UTF_8);
        String secret = secretOf(html);
        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(html).contains("id=\"totp-qr\"").contains("src=\"data:image/svg+xml;base64,");
        assertThat(html).contains("otpauth://totp/Fazhi:" + a.username() + "?secret=" + secret
                + "&amp;issuer=Fazhi");
        // the secret is read from the database for the page, never kept in the session (RI-01)
        for (String name : Collections.list(session.getAttributeNames())) {
            assertThat(String.valueOf(session.getAttribute(name))).as(name).doesNotContain(secret);
        }
        // reloading offers the same secret until it is confirmed
        assertThat(secretOf(get("/login/totp/enrol", session).getResponse().getContentAsString(StandardCharsets.UTF_8)))
                .isEqualTo(secret);

        String wrong = codeNow(secret, 0).equals("000000") ? "111111" : "000000";
        MvcTestResult refused = post("/login/totp/enrol", session, "code", wrong);
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("验证码无效或已使用");
        assertThat(post("/login/totp/enrol", session, "code", "12345x").getResponse().getStatus()).isEqualTo(200);
        assertThat(enrolledAt(a)).isNull();
        assertThat(get("/console", session).getResponse().getRedirectedUrl()).isEqualTo("/login/totp");

        assertThat(post("/login/totp/enrol", session, "code", codeNow(secret, 0)).getResponse().getRedirectedUrl())
                .isEqualTo("/console");
        assertThat(enrolledAt(a)).isNotNull();
        assertThat(get("/console", session).getResponse().getStatus()).isEqualTo(200);
        assertThat(audits(a, "user", "second-factor-enrol")).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_event where changes like ?")
                .param("%" + secret + "%").query(Long.class).single())
                .as("the secret is never audited").isZero();

        // once enrolled the secret is not shown again
        clock.advance(Duration.ofSeconds(30));
        MockHttpSession next = session(passwordSignIn(a.username(), a.password()));
        assertThat(get("/login/totp/enrol", next).getResponse().getRedirectedUrl()).isEqualTo("/login/totp");
        assertThat(post("/login/totp/enrol", next, "code", codeNow(secret, 0)).getResponse().getRedirectedUrl())
                .isEqualTo("/login/totp");
        assertThat(get("/console", next).getResponse().getRedirectedUrl()).isEqualTo("/login/totp");
    }

    @Test
    void theGeneratedPasswordIsChangedAfterTheSecondFactor() throws Exception {
        Account created = createdAccount();
        MockHttpSession session = session(passwordSignIn(created.username(), created.password()));
        assertThat(get("/console/password", session).getResponse().getRedirectedUrl()).isEqualTo("/login/totp");
        String secret = secretOf(get("/login/totp/enrol", session).getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(post("/login/totp/enrol", session, "code", codeNow(secret, 0)).getResponse().getRedirectedUrl())
                .isEqualTo("/console");
        assertThat(get("/console", session).getResponse().getRedirectedUrl()).isEqualTo("/console/password");
        assertThat(post("/console/password", session, "currentPassword", created.password(), "newPassword",
                GOOD_PASSWORD, "confirmPassword", GOOD_PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/console");
        assertThat(get("/console", session).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void wrongCodesLockTheAccountAndANewPasswordSignInDoesNotResetTheCount() throws Exception {
        Account a = readyAccount();
        String secret = enrol(a);
        clock.advance(Duration.ofSeconds(30));
        String wrong = wrongCode(secret);

        MockHttpSession session = session(passwordSignIn(a.username(), a.password()));
        for (int i = 0; i < 3; i++) {
            assertThat(post("/login/totp", session, "code", wrong).getResponse().getStatus()).isEqualTo(200);
        }
        session = session(passwordSignIn(a.username(), a.password()));
        assertThat(post("/login/totp", session, "code", wrong).getResponse().getStatus()).isEqualTo(200);
        MvcTestResult fifth = post("/login/totp", session, "code", wrong);
        assertThat(fifth.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(session.isInvalid()).isTrue();
        assertThat(audits(a, "user", "lock")).isEqualTo(1);

        // locked: even the right password is refused, and so is the right code in a session opened before
        assertThat(passwordSignIn(a.username(), a.password()).getResponse().getRedirectedUrl())
                .isEqualTo("/login?error");
        clock.advance(Duration.ofMinutes(31));
        MockHttpSession after = session(passwordSignIn(a.username(), a.password()));
        assertThat(post("/login/totp", after, "code", codeNow(secret, 0)).getResponse().getRedirectedUrl())
                .isEqualTo("/console");
    }

    @Test
    void theSecurityAdministratorsResetForcesANewEnrolment() throws Exception {
        Account a = readyAccount();
        String oldSecret = enrol(a);
        assertThat(mvc.post().uri("/api/v1/users/" + a.id() + "/second-factor/reset").with(bearer(token("fzb")))
                .with(from).exchange().getResponse().getStatus()).as("only the security administrator").isEqualTo(403);
        assertThat(enrolledAt(a)).isNotNull();

        // the security administrator signs in with both factors (a fresh enrolment of the demo account)
        assertThat(mvc.post().uri("/api/v1/users/" + secadminId() + "/second-factor/reset")
                .with(bearer(token("secadmin"))).with(from).exchange().getResponse().getStatus()).isEqualTo(204);
        MockHttpSession admin = session(passwordSignIn("secadmin", org.fazhi.support.DemoUsers.PASSWORD));
        String adminSecret = secretOf(get("/login/totp/enrol", admin).getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(post("/login/totp/enrol", admin, "code", codeNow(adminSecret, 0)).getResponse()
                .getRedirectedUrl()).isEqualTo("/console");
        String userPage = get("/console/users/" + a.id(), admin).getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(userPage).contains("已绑定身份验证器").contains("second-factor-reset");
        assertThat(post("/console/users/" + a.id() + "/second-factor-reset", admin).getResponse().getRedirectedUrl())
                .isEqualTo("/console/users/" + a.id());
        assertThat(enrolledAt(a)).isNull();
        assertThat(audits(a, "user", "second-factor-reset")).isEqualTo(1);

        clock.advance(Duration.ofSeconds(30));
        MockHttpSession session = session(passwordSignIn(a.username(), a.password()));
        assertThat(post("/login/totp", session, "code", codeNow(oldSecret, 0)).getResponse().getRedirectedUrl())
                .isEqualTo("/login/totp/enrol");
        assertThat(get("/console", session).getResponse().getRedirectedUrl()).isEqualTo("/login/totp");
        String newSecret = secretOf(get("/login/totp/enrol", session).getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(newSecret).isNotEqualTo(oldSecret);
        assertThat(post("/login/totp/enrol", session, "code", codeNow(newSecret, 0)).getResponse().getRedirectedUrl())
                .isEqualTo("/console");
    }

    @Test
    void theRequestedPageIsReachedAfterTheCode() throws Exception {
        Account a = readyAccount();
        String secret = enrol(a);
        clock.advance(Duration.ofSeconds(30));
        MvcTestResult anonymous = mvc.get().uri("/console/account").with(from).exchange();
        assertThat(anonymous.getResponse().getRedirectedUrl()).endsWith("/login");
        MockHttpSession session = (MockHttpSession) anonymous.getRequest().getSession(false);
        MvcTestResult signIn = mvc.post().uri("/login").session(session).param("username", a.username())
                .param("password", a.password()).with(csrf()).with(from).exchange();
        assertThat(signIn.getResponse().getRedirectedUrl()).isEqualTo("/login/totp");
        assertThat(post("/login/totp", session(signIn), "code", codeNow(secret, 0)).getResponse().getRedirectedUrl())
                .contains("/console/account");
    }

    @Test
    void aPasswordAloneNoLongerReachesTheJsonApiButATokenIssuedAfterTheCodeDoes() throws Exception {
        Account a = readyAccount();
        String secret = enrol(a);
        MvcTestResult basic = mvc.get().uri("/api/v1/account").with(httpBasic(a.username(), a.password())).with(from)
                .accept(MediaType.APPLICATION_JSON).exchange();
        assertThat(basic.getResponse().getStatus()).isEqualTo(401);
        assertThat(basic.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("/problems/second-factor-required");

        clock.advance(Duration.ofSeconds(30));
        MockHttpSession session = session(passwordSignIn(a.username(), a.password()));
        assertThat(post("/login/totp", session, "code", codeNow(secret, 0)).getResponse().getRedirectedUrl())
                .isEqualTo("/console");
        String html = post("/console/account/tokens", session, "name", "脚本").getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("id=\"issued-token\"[^>]*>\\s*(fzt_[A-Za-z0-9_-]+)").matcher(html);
        assertThat(m.find()).as(html).isTrue();
        assertThat(mvc.get().uri("/api/v1/account").with(bearer(m.group(1))).with(from).exchange().getResponse()
                .getStatus()).isEqualTo(200);
    }

    @Test
    void signingOutFromTheCodePageEndsTheSession() throws Exception {
        Account a = readyAccount();
        enrol(a);
        MockHttpSession session = session(passwordSignIn(a.username(), a.password()));
        assertThat(post("/logout", session).getResponse().getRedirectedUrl()).isEqualTo("/login?logout");
        assertThat(mvc.get().uri("/login/totp").session(session).with(from).exchange().getResponse()
                .getRedirectedUrl()).endsWith("/login");
    }

    // ---- helpers

    private String enrol(Account a) throws Exception {
        MockHttpSession session = session(passwordSignIn(a.username(), a.password()));
        String secret = secretOf(get("/login/totp/enrol", session).getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(post("/login/totp/enrol", session, "code", codeNow(secret, 0)).getResponse().getRedirectedUrl())
                .isEqualTo("/console");
        return secret;
    }

    private String codeNow(String secret, int stepsFromNow) {
        return Totp.code(Totp.fromBase32(secret), Totp.step(clock.instant()) + stepsFromNow, 6);
    }

    private String wrongCode(String secret) {
        for (int n = 0; ; n++) {
            String candidate = String.format("%06d", n);
            boolean valid = false;
            for (int d = -1; d <= 1; d++) {
                valid |= codeNow(secret, d).equals(candidate);
            }
            if (!valid) {
                return candidate;
            }
        }
    }

    private static String secretOf(String html) {
        Matcher m = SECRET.matcher(html);
        assertThat(m.find()).as("the enrolment page shows a secret").isTrue();
        return m.group(1).replace(" ", "");
    }

    private MvcTestResult passwordSignIn(String username, String password) {
        return mvc.post().uri("/login").param("username", username).param("password", password).with(csrf())
                .with(from).exchange();
    }

    private static MockHttpSession session(MvcTestResult r) {
        assertThat(r.getResponse().getRedirectedUrl()).doesNotContain("error");
        return (MockHttpSession) r.getRequest().getSession(false);
    }

    private MvcTestResult get(String uri, MockHttpSession session) {
        return mvc.get().uri(uri).session(session).with(from).exchange();
    }

    private MvcTestResult post(String uri, MockHttpSession session, String... params) {
        var req = mvc.post().uri(uri).session(session).with(csrf()).with(from);
        for (int i = 0; i < params.length; i += 2) {
            req.param(params[i], params[i + 1]);
        }
        return req.exchange();
    }

    private Instant enrolledAt(Account a) {
        return jdbc.sql("select totp_enrolled_at from app_user where id = ?").param(a.id())
                .query((rs, n) -> rs.getObject(1, java.time.OffsetDateTime.class)).optional()
                .map(java.time.OffsetDateTime::toInstant).orElse(null);
    }

    private long audits(Account a, String entity, String action) {
        return jdbc.sql("select count(*) from audit_event where entity_type = ? and entity_id = ? and action = ?")
                .params(entity, String.valueOf(a.id()), action).query(Long.class).single();
    }

    private long secadminId() {
        return jdbc.sql("select id from app_user where username = 'secadmin'").query(Long.class).single();
    }

    /** A token of a demo account, as its console session would issue it (all modules, write). */
    String token(String username) {
        return acting.run(username, () -> tokens.issue("test", Duration.ofHours(1),
                java.util.List.of("all:write"))).token();
    }

    static RequestPostProcessor bearer(String token) {
        return request -> {
            request.addHeader("Authorization", "Bearer " + token);
            return request;
        };
    }

    Account createdAccount() throws Exception {
        String username = "totp" + Long.toString(System.currentTimeMillis(), 36) + COUNTER.incrementAndGet();
        long unitId = units.findByCode("SFX-JYJ").orElseThrow().id();
        MvcTestResult r = mvc.post().uri("/api/v1/users").with(bearer(token("admin"))).with(from)
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + username + "\",\"displayName\":\"测试" + username + "\",\"unitId\":"
                        + unitId + "}")
                .exchange();
        assertThat(r.getResponse().getStatus()).isEqualTo(201);
        String body = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        return new Account(((Number) JsonPath.read(body, "$.userId")).longValue(), username,
                JsonPath.read(body, "$.password"));
    }

    /** A new account that has set its own password (through the service: a password alone reaches no API here). */
    Account readyAccount() throws Exception {
        Account created = createdAccount();
        acting.run(created.username(), () -> passwords.changeOwnPassword(created.password(), GOOD_PASSWORD));
        return new Account(created.id(), created.username(), GOOD_PASSWORD);
    }

    static RequestPostProcessor freshAddress() {
        int n = ADDRESS.incrementAndGet();
        String ip = "10.77." + ((n >> 8) & 0xFF) + "." + (n & 0xFF);
        return request -> {
            request.setRemoteAddr(ip);
            return request;
        };
    }
}
