package org.fazhi.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.calendar.KernelTestSupport.console;

import java.util.List;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The list pages in both languages, the forms (a refused step and bad input answered beside the form
 * naming the field), the API's answers, and the data scope: another unit's list answers 404 in the
 * console, the API and the export; the public side shows published versions only.
 */
@FazhiIT
class ListsWebIT extends ListsTestBase {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theConsolePagesRenderInBothLanguages() {
        ListVersion v = draft(unit("页面"), 2, true);
        long item = as(fx.keeper(), () -> lists.allEntries(v.id())).get(0).itemId();
        for (String lang : List.of("zh_CN", "en")) {
            for (String path : List.of("/console/lists", "/console/lists?kind=POWER", "/console/lists/new",
                    "/console/lists/" + v.listId(), "/console/lists/versions/" + v.id(),
                    "/console/lists/versions/" + v.id() + "?q=CF&page=0", "/console/lists/versions/" + v.id()
                            + "/entries/new", "/console/lists/versions/" + v.id() + "/entries/" + item + "/edit")) {
                assertThat(mvc.get().uri(path + (path.contains("?") ? "&" : "?") + "lang=" + lang)
                        .with(console(users, fx.keeper()))).as(path + " in " + lang).hasStatusOk();
            }
        }
        assertThat(mvc.get().uri("/console/lists/import").with(console(users, "fzb"))).hasStatusOk();
        assertThat(mvc.get().uri("/console/lists/import/template?kind=CERTIFICATION").with(console(users, "fzb")))
                .hasStatusOk().hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(mvc.get().uri("/console/lists/versions/" + v.id()).with(console(users, fx.keeper())))
                .bodyText().contains("本次调整涉及公众利益", "公开征求意见");
    }

    @Test
    void formsAnswerARefusalAndBadInputBesideTheFormNamingTheField() {
        ListVersion v = draft(unit("表单"), 1, true);
        assertThat(mvc.post().uri("/console/lists/versions/" + v.id() + "/review-submission")
                .with(console(users, fx.keeper())).param("version", String.valueOf(v.version()))).hasStatusOk()
                .bodyText().contains("须先公开征求意见");
        assertThat(mvc.post().uri("/console/lists/versions/" + v.id() + "/entries").with(console(users, fx.keeper()))
                .param("code", code("F")).param("name", "无依据").param("powerType", "PENALTY").param("basisLaw", "")
                .param("version", String.valueOf(v.version()))).hasStatusOk().bodyText().contains("须写明设定依据");
        assertThat(mvc.post().uri("/console/lists/versions/" + v.id() + "/entries").with(console(users, fx.keeper()))
                .param("code", code("F")).param("name", "类型乱填").param("powerType", "NOT_A_TYPE")
                .param("basisLaw", "《某法》")).hasStatusOk().bodyText().contains("is-invalid");
        assertThat(mvc.post().uri("/console/lists").with(console(users, fx.keeper())).param("unitId",
                String.valueOf(v.unitId())).param("kind", "SERVICE").param("reason", "调整").param(
                        "participationRequired", "false").param("noParticipationReason", "")).hasStatusOk()
                .bodyText().contains("须说明理由");
        String added = code("F");
        assertThat(mvc.post().uri("/console/lists/versions/" + v.id() + "/entries").with(console(users, fx.keeper()))
                .param("code", added).param("name", "正确的事项").param("powerType", "INSPECTION")
                .param("basisLaw", "《某法》").param("version", String.valueOf(v.version())))
                .hasStatus3xxRedirection();
        assertThat(as(fx.keeper(), () -> lists.allEntries(v.id()))).extracting(ListEntry::code).contains(added);
    }

    @Test
    void anotherUnitsListAnswers404InTheConsoleTheApiAndTheExport() {
        ListVersion v = draft(unit("范围"), 1, false);
        for (String path : List.of("/console/lists/" + v.listId(), "/console/lists/versions/" + v.id(),
                "/console/lists/versions/" + v.id() + "/export", "/console/lists/" + v.listId() + "/compare")) {
            assertThat(mvc.get().uri(path).with(console(users, fx.outsider()))).as(path).hasStatus(404);
        }
        for (String path : List.of("/api/v1/lists/" + v.listId(), "/api/v1/lists/versions/" + v.id(),
                "/api/v1/lists/versions/" + v.id() + "/entries", "/api/v1/lists/versions/" + v.id() + "/export",
                "/api/v1/lists/" + v.listId() + "/versions", "/api/v1/lists/versions/" + v.id() + "/guide")) {
            assertThat(mvc.get().uri(path).with(fx.basic(fx.outsider()))).as(path).hasStatus(404);
        }
        assertThat(mvc.post().uri("/api/v1/lists/versions/" + v.id() + "/entries").with(fx.basic(fx.outsider()))
                .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"X-1\",\"name\":\"越权\",\"powerType\":"
                        + "\"PENALTY\",\"basisLaw\":\"《某法》\"}")).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/lists").with(fx.basic(fx.outsider()))).hasStatusOk().bodyJson()
                .extractingPath("$.items[*].list.id").asArray().doesNotContain(v.listId());
        assertThat(mvc.get().uri("/lists/" + v.listId())).as("never published").hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/public/lists/versions/" + v.id() + "/entries")).hasStatus(404);
    }

    @Test
    void theApiTakesAnAdjustmentFromStartToPublicationAndRefusesWithTheLegalReason() {
        long unit = unit("接口");
        var started = mvc.post().uri("/api/v1/lists/adjustments").with(fx.basic(fx.keeper()))
                .contentType(MediaType.APPLICATION_JSON).content("{\"unitId\":" + unit + ",\"kind\":\"SERVICE\","
                        + "\"reason\":\"首次编制\",\"participationRequired\":false,\"noParticipationReason\":\"内部梳理\"}")
                .exchange();
        assertThat(started).hasStatus(201);
        long id = jdbc.sql("select v.id from list_version v join item_list l on l.id = v.list_id where l.unit_id = ?")
                .param(unit).query(Long.class).single();
        assertThat(mvc.post().uri("/api/v1/lists/versions/" + id + "/entries").with(fx.basic(fx.keeper()))
                .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"FW-" + fx.tag() + "\",\"name\":\"企业开办\","
                        + "\"windowAcceptance\":true,\"companyStartup\":true,\"timeLimitDays\":3}")).hasStatusOk()
                .bodyJson().extractingPath("$.timeLimitDays").isEqualTo(3);
        assertThat(mvc.post().uri("/api/v1/lists/versions/" + id + "/publication").with(fx.basic(fx.keeper()))
                .contentType(MediaType.APPLICATION_JSON).content("{\"effectiveDate\":\"" + today().plusDays(1) + "\"}"))
                .hasStatus(409).bodyJson().extractingPath("$.code").isEqualTo("review-not-reviewed");
        assertThat(mvc.get().uri("/api/v1/lists/versions/" + id + "/guide").with(fx.basic(fx.keeper())))
                .hasStatusOk().bodyJson().extractingPath("$.steps.publish.allowed").isEqualTo(false);
        assertThat(mvc.post().uri("/api/v1/lists/versions/" + id + "/review-submission").with(fx.basic(fx.keeper()))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).hasStatusOk().bodyJson()
                .extractingPath("$.type").isEqualTo("LIST_ADJUSTMENT");
    }
}
