package org.fazhi.suggestions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.calendar.KernelTestSupport.console;

import java.util.List;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The suggestion pages in both languages with the contact masked, the contact revealed with a reason, the
 * data scope (another unit's suggestion is 404 in the console and the API), a form answering bad input
 * beside the field, a step through the API, and the portal's published answer without contact data.
 */
@FazhiIT
class SuggestionsWebIT extends SuggestionsTestBase {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void thePagesRenderInBothLanguagesWithTheContactMaskedAndOtherUnitsGet404() {
        Suggestion s = assigned(SuggestionKind.NPC_SUGGESTION, "页面测试建议");
        for (String lang : List.of("zh_CN", "en")) {
            for (String path : List.of("/console/suggestions", "/console/suggestions/" + s.id())) {
                assertThat(mvc.get().uri(path + "?lang=" + lang).with(console(users, fx.coordinator())))
                        .as(path + " in " + lang).hasStatusOk();
            }
        }
        assertThat(mvc.get().uri("/console/suggestions/" + s.id()).with(console(users, fx.clerk()))).hasStatusOk()
                .bodyText().contains("138****5678", "页面测试建议").doesNotContain("13812345678");
        assertThat(mvc.post().uri("/console/suggestions/" + s.id() + "/reveal").param("reason", "寄送征询意见表")
                .with(console(users, fx.clerk()))).hasStatusOk().bodyText().contains("13812345678");
        assertThat(mvc.get().uri("/console/suggestions/" + s.id()).with(console(users, fx.coClerk()))).hasStatusOk();
        assertThat(mvc.get().uri("/console/suggestions/" + s.id()).with(console(users, fx.outsider())))
                .hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/suggestions/" + s.id()).with(fx.basic(fx.outsider()))).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/suggestions/" + s.id()).with(fx.basic(fx.clerk()))).hasStatusOk()
                .bodyText().doesNotContain("13812345678");
    }

    @Test
    void dc03TheListExportIsReadBackWithoutTheProposersContactTheScopeKeptAndTheExportAudited() throws Exception {
        Suggestion s = assigned(SuggestionKind.CPPCC_PROPOSAL, "导出测试提案，联系13700004321");
        long before = exports(Suggestion.SUBJECT.name());
        List<String> cells = cells(mvc.get().uri("/console/suggestions/export").with(console(users, fx.clerk()))
                .exchange());
        assertThat(cells).contains("编号", "主办单位", s.number(), "政协提案", "测试代表", "办理中")
                .anySatisfy(c -> assertThat(c).startsWith("导出测试提案").contains("[已隐去]"))
                .noneSatisfy(c -> assertThat(c).containsAnyOf("13812345678", "138****5678", "13700004321"));
        assertThat(exports(Suggestion.SUBJECT.name())).as("the export is audited").isEqualTo(before + 1);
        assertThat(cells(mvc.get().uri("/console/suggestions/export?status=CLOSED")
                .with(console(users, fx.coordinator())).exchange())).as("the status filtered on")
                .doesNotContain(s.number());
        assertThat(cells(mvc.get().uri("/console/suggestions/export").with(console(users, fx.outsider()))
                .exchange())).as("another unit's suggestion is not exported").doesNotContain(s.number());
    }

    /** Every cell of the first sheet of a spreadsheet download, read back with POI. */
    static List<String> cells(org.springframework.test.web.servlet.assertj.MvcTestResult r) throws Exception {
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(r.getResponse().getContentType()).isEqualTo(org.fazhi.shared.excel.SpreadsheetDownload.TYPE);
        List<String> cells = new java.util.ArrayList<>();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(r.getResponse().getContentAsByteArray()))) {
            book.getSheetAt(0).forEach(row -> row.forEach(cell -> cells.add(cell.toString())));
        }
        return cells;
    }

    private long exports(String entityType) {
        return jdbc.sql("select count(*) from audit_event where entity_type = ? and entity_id = 'list'"
                + " and action = 'export'").param(entityType).query(Long.class).single();
    }

    @Test
    void aRegistrationFormWithoutATitleIsAnsweredBesideTheField() {
        assertThat(mvc.post().uri("/console/suggestions").param("coordinatorUnitId", String.valueOf(fx.coord()))
                .param("kind", "NPC_SUGGESTION").param("number", "第1号").param("sessionName", "会议")
                .param("sessionYear", "2026").param("proposers", "代表").param("title", "").param("content", "内容")
                .param("receivedOn", today().toString()).with(console(users, fx.coordinator()))).hasStatusOk()
                .bodyText().contains("error-summary", "标题");
    }

    @Test
    void theAnswerIsGivenThroughTheApiAndPublishedOnThePortalWithoutContact() {
        Suggestion s = assigned(SuggestionKind.CPPCC_PROPOSAL, "门户公开测试提案");
        String body = "{\"category\":\"A\",\"text\":\"已解决。联系人身份证号110101199003077777\",\"answeredOn\":\""
                + today() + "\"}";
        assertThat(mvc.post().uri("/api/v1/suggestions/" + s.id() + "/answer").contentType(MediaType.APPLICATION_JSON)
                .content(body).with(fx.basic(fx.clerk()))).hasStatusOk();
        assertThat(mvc.post().uri("/api/v1/suggestions/" + s.id() + "/answer").contentType(MediaType.APPLICATION_JSON)
                .content(body).with(fx.basic(fx.clerk()))).hasStatus(409);
        assertThat(mvc.get().uri("/suggestions/" + s.id())).hasStatus(404);
        assertThat(mvc.post().uri("/api/v1/suggestions/" + s.id() + "/publication")
                .contentType(MediaType.APPLICATION_JSON).content("{}").with(fx.basic(fx.clerk()))).hasStatusOk();
        assertThat(mvc.get().uri("/suggestions")).hasStatusOk().bodyText().contains("门户公开测试提案");
        assertThat(mvc.get().uri("/suggestions/" + s.id())).hasStatusOk().bodyText()
                .contains("门户公开测试提案", "测试代表").doesNotContain("13812345678", "110101199003077777");
    }
}
