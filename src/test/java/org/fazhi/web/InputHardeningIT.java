package org.fazhi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.fazhi.support.DemoUsers;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The smaller holes the probe found (issue 8, SECURITY.md INT-01, INT-03, AUD-01, AUD-02): NUL and
 * lone surrogates were accepted; bodies of 15–30 MB were read whole before the 400 and a 3 MB form
 * got the container's own 413; nothing raised an alert on brute force; refused requests were not
 * audited and entries carried no request id. (Sessions of anonymous visits: {@code
 * ProductionProfileBrowserIT}, over real HTTP.)
 */
@FazhiIT
class InputHardeningIT {

    private static final AtomicInteger ADDRESS = new AtomicInteger((int) (System.nanoTime() & 0xFFFF));

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcClient jdbc;

    private static RequestPostProcessor freshAddress() {
        int n = ADDRESS.incrementAndGet();
        String ip = "10.88." + ((n >> 8) & 0xFF) + "." + (n & 0xFF);
        return request -> {
            request.setRemoteAddr(ip);
            return request;
        };
    }

    private static String text(MvcTestResult r) {
        try {
            return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private long openConsultation() {
        String list = text(mvc.get().uri("/api/v1/public/consultations").exchange());
        List<Number> open = JsonPath.read(list, "$[?(@.acceptingComments == true)].consultationId");
        assertThat(open).as("an open consultation of the demo county").isNotEmpty();
        return open.get(0).longValue();
    }

    @Test
    void aNulOrALoneSurrogateIsRefusedWithTheFieldNamedInJsonFormsAndQueries() {
        long id = openConsultation();
        for (String bad : List.of("\\u0000", "\\ud800", "x\\udc00y")) {
            MvcTestResult r = mvc.post().uri("/api/v1/public/consultations/" + id + "/comments").with(freshAddress())
                    .contentType(MediaType.APPLICATION_JSON).content("{\"content\":\"意见" + bad
                            + "\",\"contact\":\"c@example.org\"}")
                    .exchange();
            assertThat(r.getResponse().getStatus()).as(bad).isEqualTo(400);
            assertThat(r.getResponse().getContentType()).contains("application/problem+json");
            assertThat(text(r)).contains("/problems/forbidden-characters").contains("\"field\":\"content\"");
        }
        MvcTestResult query = mvc.get().uri("/api/v1/users?q={q}", "ab\u0000c").with(DemoUsers.as("admin")).exchange();
        assertThat(query.getResponse().getStatus()).isEqualTo(400);
        assertThat(text(query)).contains("/problems/forbidden-characters").contains("\"field\":\"q\"");

        MvcTestResult portal = mvc.post().uri("/consultations/" + id + "/comments").with(csrf()).with(freshAddress())
                .param("content", "意见\u0000").param("contact", "d@example.org").exchange();
        assertThat(portal.getResponse().getStatus()).isEqualTo(400);
        assertThat(portal.getRequest().getAttribute(org.fazhi.shared.web.InputGuard.DETAIL)).asString()
                .contains("“content”").contains("不允许的字符");
        MvcTestResult console = mvc.post().uri("/console/units").with(csrf()).with(DemoUsers.as("admin"))
                .param("name", "新\uD800单位").exchange();
        assertThat(console.getResponse().getStatus()).isEqualTo(400);
        assertThat(console.getRequest().getAttribute(org.fazhi.shared.web.InputGuard.DETAIL)).asString()
                .contains("“name”");
        assertThat(jdbc.sql("select count(*) from unit where name like ?").param("新%单位").query(Long.class).single())
                .isZero();
    }

    @Test
    void aBlankOrNulStringForANumberDateBooleanOrEnumFieldIsRefusedNotStoredAsIfLeftOut() {
        // found by the OpenAPI fuzz: "litigationCaseId":"\u0000" was read as null and the suggestion stored
        Map<String, String> fields = Map.of("litigationCaseId", "\"\\u0000\"", "unitId", "\" \"",
                "replyDue", "\"\"", "issuer", "\"\\u0000\"");
        for (var bad : fields.entrySet()) {
            String number = "空白" + bad.getKey();
            String issuer = "issuer".equals(bad.getKey()) ? "" : ",\"issuer\":\"COURT\"";
            String body = "{\"court\":\"示范县人民法院\",\"suggestionNo\":\"" + number + "\",\"receivedOn\":\"2026-03-02\","
                    + "\"content\":\"司法建议内容\"" + issuer + ",\"" + bad.getKey() + "\":" + bad.getValue() + "}";
            MvcTestResult r = mvc.post().uri("/api/v1/litigation/suggestions").with(DemoUsers.as("fzb"))
                    .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
            assertThat(r.getResponse().getStatus()).as(bad.getKey()).isEqualTo(400);
            assertThat(r.getResponse().getContentType()).contains("application/problem+json");
            assertThat(jdbc.sql("select count(*) from judicial_suggestion where suggestion_no = ?").param(number)
                    .query(Long.class).single()).as(bad.getKey()).isZero();
        }
    }

    @Test
    void anOversizedBodyIsRefusedWith413BeforeItIsReadAndA3MbFormGetsOurOwnPage() {
        long id = openConsultation();
        byte[] json = ("{\"content\":\"" + "法".repeat(5_500_000) + "\",\"contact\":\"e@example.org\"}")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(json.length).isGreaterThan(15 * 1024 * 1024);
        MvcTestResult big = mvc.post().uri("/api/v1/public/consultations/" + id + "/comments").with(freshAddress())
                .contentType(MediaType.APPLICATION_JSON).content(json).exchange();
        assertThat(big.getResponse().getStatus()).isEqualTo(413);
        assertThat(text(big)).contains("/problems/too-large").contains("4 MB");
        assertThat(big.getRequest().getInputStream()).as("not read").satisfies(in -> assertThat(in.available())
                .isEqualTo(json.length));

        String threeMb = "content=" + "a".repeat(3 * 1024 * 1024) + "&contact=f%40example.org";
        MvcTestResult form = mvc.post().uri("/consultations/" + id + "/comments").with(csrf()).with(freshAddress())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).content(threeMb).exchange();
        assertThat(form.getResponse().getStatus()).isEqualTo(413);
        assertThat(form.getRequest().getAttribute(org.fazhi.shared.web.InputGuard.DETAIL)).asString()
                .contains("超过大小限制").contains("2 MB");
    }

    @Test
    void aBurstOfFailedSignInsFromOneAddressRaisesOneAlert() {
        RequestPostProcessor from = freshAddress();
        String ip = mvc.get().uri("/login").with(from).exchange().getRequest().getRemoteAddr();
        for (int i = 0; i < 25; i++) {
            mvc.post().uri("/login").param("username", "nobody" + i).param("password", "Wrong#Pass-" + i).with(csrf())
                    .with(from).exchange();
        }
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'security-alert' and entity_id = ?"
                + " and action = 'brute-force' and outcome = 'FAILURE'").param(ip).query(Long.class).single())
                .isOne();
    }

    @Test
    void aRefusedRequestIsAuditedWithItsRequestId() {
        MvcTestResult api = mvc.get().uri("/api/v1/audit/events").with(DemoUsers.as("fzb")).with(freshAddress())
                .exchange();
        assertThat(api.getResponse().getStatus()).isEqualTo(403);
        String requestId = api.getResponse().getHeader("X-Request-Id");
        assertThat(requestId).isNotBlank();
        List<Map<String, Object>> rows = jdbc.sql("select actor_name, entity_id, action, outcome from audit_event"
                + " where entity_type = 'access' and request_id = ?").param(requestId).query().listOfRows();
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.get("ACTOR_NAME") == null ? row.get("actor_name") : row.get("ACTOR_NAME")).isEqualTo("fzb");
        });
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'access' and request_id = ?"
                + " and entity_id = 'GET /api/v1/audit/events' and action = 'forbidden' and outcome = 'FAILURE'")
                .param(requestId).query(Long.class).single()).isOne();

        MvcTestResult signIn = mvc.post().uri("/login").param("username", "fzb").param("password", DemoUsers.PASSWORD)
                .with(csrf()).with(freshAddress()).exchange();
        var session = (org.springframework.mock.web.MockHttpSession) signIn.getRequest().getSession(false);
        MvcTestResult page = mvc.get().uri("/console/audit").session(session).exchange();
        assertThat(page.getResponse().getStatus()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'access' and request_id = ?")
                .param(page.getResponse().getHeader("X-Request-Id")).query(Long.class).single()).isOne();
    }

    @Test
    void everyAuditEntryOfARequestCarriesItsRequestId() {
        long id = openConsultation();
        MvcTestResult r = mvc.post().uri("/api/v1/public/consultations/" + id + "/comments").with(freshAddress())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"content\":\"建议增加听证环节。\",\"contact\":\"g@example.org\"}").exchange();
        assertThat(r.getResponse().getStatus()).isEqualTo(201);
        String requestId = r.getResponse().getHeader("X-Request-Id");
        assertThat(requestId).matches("[A-Za-z0-9_-]{20}");
        assertThat(jdbc.sql("select count(*) from audit_event where request_id = ?").param(requestId).query(Long.class)
                .single()).isPositive();
    }
}
