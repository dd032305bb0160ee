package org.fazhi.normdocs.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.normdocs.web.WebSupport.body;
import static org.fazhi.normdocs.web.WebSupport.console;
import static org.fazhi.normdocs.web.WebSupport.json;

import java.util.List;
import org.fazhi.normdocs.NormativeDocument;
import org.fazhi.normdocs.NormativeDocuments;
import org.fazhi.review.LegalityReviews;
import org.fazhi.shared.PageQuery;
import org.fazhi.support.DemoUsers;
import org.fazhi.support.FazhiIT;
import org.fazhi.units.ActingAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A township sees its own documents and nothing of another township or the neighbouring county:
 * every read and every step on them answers 404, through the API and the console alike.
 */
@FazhiIT
class NormdocsDataScopeIT {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    NormativeDocuments documents;
    @Autowired
    LegalityReviews reviews;
    @Autowired
    ActingAs acting;
    @Autowired
    org.fazhi.units.Units units;
    @Autowired
    org.fazhi.normdocs.IssuingBodies bodies;
    @Autowired
    org.fazhi.review.ReviewDesks desks;

    private NormativeDocument find(String user, String number) {
        return acting.run(user, () -> documents.list(null, null, null, null, number, new PageQuery(0, 5))).items()
                .stream().filter(d -> number.equals(d.documentNumber())).findFirst().orElseThrow();
    }

    private int status(String method, String uri, String user, String json) {
        return json(mvc, method, uri, DemoUsers.as(user), json).getResponse().getStatus();
    }

    @Test
    void donghuCannotSeeAXishanOrANeighbourCountyDocument() {
        long own = find("donghu", "东政发〔2024〕4号").id();
        long xishan = find("fzb", "西政发〔2025〕1号").id();
        long neighbour = find("linxian", "邻政发〔2024〕3号").id();
        String api = "/api/v1/normdocs/documents/";

        assertThat(status("GET", api + own, "donghu", null)).isEqualTo(200);
        for (long other : List.of(xishan, neighbour)) {
            for (String path : List.of("", "/guide", "/versions", "/comments", "/consultations", "/reviews",
                    "/attachments", "/evaluations", "/validity-history", "/adoption-summary")) {
                assertThat(status("GET", api + other + path, "donghu", null)).as(path).isEqualTo(404);
            }
            assertThat(status("POST", api + other + "/withdrawal", "donghu", "{\"reason\": \"越权\"}")).isEqualTo(404);
            assertThat(status("POST", api + other + "/repeal", "donghu", "{\"reason\": \"越权\"}")).isEqualTo(404);
            assertThat(status("POST", api + other + "/evaluations", "donghu",
                    "{\"evaluatedOn\": \"2026-01-05\", \"evaluator\": \"东湖镇\", \"conclusion\": \"越权\","
                            + " \"recommendation\": \"CONTINUE\"}")).isEqualTo(404);
            var page = mvc.get().uri("/console/normdocs/" + other).with(console(users, "donghu")).exchange();
            assertThat(page.getResponse().getStatus()).isEqualTo(404);
            var action = mvc.post().uri("/console/normdocs/" + other + "/repeal").with(console(users, "donghu"))
                    .param("reason", "越权").exchange();
            assertThat(action.getResponse().getStatus()).isEqualTo(404);
        }
        String list = body(json(mvc, "GET", "/api/v1/normdocs/documents?size=200", DemoUsers.as("donghu"), null));
        assertThat(list).contains("东政发〔2024〕4号").doesNotContain("西政发", "邻政发", "示政发");
        String page = WebSupport.page(mvc, "/console/normdocs", console(users, "donghu"));
        assertThat(page).contains("东湖镇农村人居环境整治工作规范").doesNotContain("西山乡林区防火安全管理规定");
        assertThat(body(json(mvc, "GET", "/api/v1/normdocs/documents?size=200", DemoUsers.as("linxian"), null)))
                .contains("邻政发〔2024〕3号").doesNotContain("示政发", "东政发");
    }

    @Test
    void theReviewDeskIsSeenByItsReviewersAndTheSubmitterOnly() {
        long request = new Fixtures(units, bodies, desks, acting).secondRound(documents, reviews).id();
        assertThat(status("GET", "/api/v1/review/requests/" + request, "shencha", null)).isEqualTo(200);
        assertThat(status("GET", "/api/v1/review/requests/" + request, "qicao", null)).isEqualTo(200);
        assertThat(status("GET", "/api/v1/review/requests/" + request, "donghu", null)).isEqualTo(404);
        assertThat(status("GET", "/api/v1/review/requests/" + request + "/text", "donghu", null)).isEqualTo(404);
        assertThat(status("POST", "/api/v1/review/requests/" + request + "/withdrawal", "donghu",
                "{\"reason\": \"越权\"}")).isEqualTo(404);
        assertThat(mvc.get().uri("/console/review/requests/" + request).with(console(users, "donghu")).exchange()
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(body(json(mvc, "GET", "/api/v1/review/queue", DemoUsers.as("donghu"), null)))
                .doesNotContain("\"id\":" + request + ",");
        assertThat(body(json(mvc, "GET", "/api/v1/review/queue?size=200", DemoUsers.as("shencha"), null)))
                .contains("\"id\":" + request + ",");
        assertThat(status("GET", "/api/v1/review/queue", "admin", null)).isEqualTo(403);
    }
}
