package org.fazhi.litigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.normdocs.web.WebSupport.console;
import static org.fazhi.normdocs.web.WebSupport.json;
import static org.fazhi.normdocs.web.WebSupport.page;

import org.fazhi.shared.PageQuery;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A suit and a suggestion belong to the defendant unit: a unit outside its subtree reads and changes
 * nothing of them — every read and step answers 404 in the console and the API alike — while the
 * unit's handler works through the console pages, entering a procuratorial suggestion by the form.
 */
@FazhiIT
class LitigationScopeAndPagesIT extends LitigationTestBase {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    UserDetailsService users;

    private int api(String method, String uri, String user, String body) {
        return json(mvc, method, uri, console(users, user), body).getResponse().getStatus();
    }

    private int get(String uri, String user) {
        return mvc.get().uri(uri).with(console(users, user)).exchange().getResponse().getStatus();
    }

    @Test
    void anotherUnitsSuitAndSuggestionAnswerNotFoundInTheConsoleAndTheApi() {
        LitigationCase c = sue(d("2025-03-03"));
        JudicialSuggestion s = handler(() -> suggestions.receive(procuratorial(fx.agency(), d("2025-03-03"), null)));
        String outsider = fx.outsider();

        assertThat(api("GET", "/api/v1/litigation/cases/" + c.id(), outsider, null)).isEqualTo(404);
        assertThat(api("GET", "/api/v1/litigation/cases/" + c.id() + "/guide", outsider, null)).isEqualTo(404);
        assertThat(api("POST", "/api/v1/litigation/cases/" + c.id() + "/defence", outsider,
                "{\"submittedOn\": \"2025-03-05\", \"summary\": \"答辩\"}")).isEqualTo(404);
        assertThat(api("GET", "/api/v1/litigation/suggestions/" + s.id(), outsider, null)).isEqualTo(404);
        assertThat(api("POST", "/api/v1/litigation/suggestions/" + s.id() + "/reply", outsider,
                "{\"repliedOn\": \"2025-03-05\", \"summary\": \"回复\"}")).isEqualTo(404);
        assertThat(get("/console/litigation/" + c.id(), outsider)).isEqualTo(404);
        assertThat(get("/console/litigation/suggestions/" + s.id(), outsider)).isEqualTo(404);
        assertThat(mvc.post().uri("/console/litigation/suggestions/" + s.id() + "/reply").with(console(users, outsider))
                .param("repliedOn", "2025-03-05").param("summary", "越权").exchange().getResponse().getStatus())
                .isEqualTo(404);

        assertThat(as(outsider, () -> overviews.list(null, null, null, null, new PageQuery(0, 200))).items())
                .extracting(LitigationCase::id).doesNotContain(c.id());
        assertThat(as(outsider, () -> suggestions.list())).extracting(JudicialSuggestion::id).doesNotContain(s.id());
        assertThat(reload(c.id()).answerSubmittedOn()).as("nothing changed").isNull();
        assertThat(handler(() -> suggestions.get(s.id())).status()).isEqualTo(SuggestionStatus.RECEIVED);
    }

    @Test
    void theListExportMasksANaturalPersonPlaintiffsName() throws Exception {
        LitigationCase c = sue(d("2025-03-04"));
        var r = mvc.get().uri("/console/litigation/export").with(console(users, fx.handler())).exchange();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        java.util.List<String> cells = new java.util.ArrayList<>();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(r.getResponse().getContentAsByteArray()))) {
            book.getSheetAt(0).forEach(row -> row.forEach(cell -> cells.add(cell.toString())));
        }
        assertThat(cells).as("the case is in the export").contains(c.caseNo());
        assertThat(cells).doesNotContain(c.plaintiff())
                .contains("原" + "*".repeat(c.plaintiff().codePointCount(0, c.plaintiff().length()) - 1));
    }

    @Test
    void theHandlerWorksThroughThePagesAndEntersAProcuratorialSuggestionByTheForm() {
        LitigationCase c = sue(d("2025-03-03"));
        for (String uri : new String[] {"/console/litigation", "/console/litigation/" + c.id(), "/console/litigation/new",
                "/console/litigation/suggestions", "/console/litigation/suggestions/new",
                "/console/litigation/appearance"}) {
            page(mvc, uri, console(users, fx.handler()));
        }
        String number = "测检行建" + fx.tag() + SERIAL.incrementAndGet() + "号";
        var r = mvc.post().uri("/console/litigation/suggestions").with(console(users, fx.handler()))
                .param("unitId", String.valueOf(fx.agency())).param("issuer", "PROCURATORATE")
                .param("court", "示范县人民检察院").param("suggestionNo", number).param("receivedOn", "2025-03-03")
                .param("content", "建议依法履行监管职责。").exchange();
        assertThat(r.getResponse().getStatus()).isEqualTo(302);
        JudicialSuggestion s = handler(() -> suggestions.list()).stream().filter(x -> x.suggestionNo().equals(number))
                .findFirst().orElseThrow();
        assertThat(s.issuer()).isEqualTo(SuggestionIssuer.PROCURATORATE);
        assertThat(handler(() -> suggestions.clock(s.id())).ruleId()).isEqualTo("LT-13");
        assertThat(page(mvc, "/console/litigation/suggestions/" + s.id(), console(users, fx.handler())))
                .contains("人民检察院（检察建议）");

        var bad = mvc.post().uri("/console/litigation/suggestions").with(console(users, fx.handler()))
                .param("issuer", "MINISTRY").param("court", "").param("suggestionNo", "x").param("receivedOn", "2025-03-03")
                .param("content", "内容").exchange();
        assertThat(bad.getResponse().getStatus()).as("a form refused is shown again, never a 500").isEqualTo(200);
    }
}
