package org.fazhi.reconsideration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.normdocs.web.WebSupport.body;
import static org.fazhi.normdocs.web.WebSupport.console;
import static org.fazhi.normdocs.web.WebSupport.json;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fazhi.shared.PageQuery;
import org.fazhi.support.DemoUsers;
import org.fazhi.support.FazhiIT;
import org.fazhi.units.ActingAs;
import org.fazhi.units.Units;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A case belongs to the body that handles it and is read by the respondent it is against: the county
 * reviewer sees nothing of the neighbouring county's cases, the neighbouring county nothing of the
 * county's; a respondent agency reads the cases against it (the applicant's identity masked, no
 * files) and nothing else — every read, step and download of another unit's case answers 404 in the
 * API and the console alike.
 */
@FazhiIT
class ReconsiderationScopeIT {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    CaseOverviews overviews;
    @Autowired
    ReconsiderationCases cases;
    @Autowired
    ActingAs acting;
    @Autowired
    Units units;

    private List<ReconsiderationCase> visible(String user) {
        return acting.run(user, () -> overviews.list(null, null, null, null, new PageQuery(0, 200))).items();
    }

    private int status(String method, String uri, String user, String json) {
        return json(mvc, method, uri, DemoUsers.as(user), json).getResponse().getStatus();
    }

    @Test
    void anotherCountysCaseAnswersNotFoundEverywhere() {
        long neighbour = visible("linxian").get(0).id();
        long county = visible("shencha").get(0).id();
        String api = "/api/v1/reconsideration/cases/";
        for (var pair : List.of(List.of("shencha", String.valueOf(neighbour)), List.of("linxian", String.valueOf(county)))) {
            String user = pair.get(0);
            String other = pair.get(1);
            assertThat(status("GET", api + other, user, null)).isEqualTo(404);
            assertThat(status("GET", api + other + "/guide", user, null)).isEqualTo(404);
            assertThat(status("POST", api + other + "/acceptance", user,
                    "{\"acceptedOn\": \"2026-01-05\", \"procedure\": \"ORDINARY\", \"partiesAgree\": false}"))
                    .isEqualTo(404);
            assertThat(mvc.get().uri("/console/reconsideration/" + other).with(console(users, user)).exchange()
                    .getResponse().getStatus()).isEqualTo(404);
            assertThat(mvc.post().uri("/console/reconsideration/" + other + "/withdrawal").with(console(users, user))
                    .param("withdrawnOn", "2026-01-05").param("reason", "越权").exchange().getResponse().getStatus())
                    .isEqualTo(404);
        }
        assertThat(body(json(mvc, "GET", "/api/v1/reconsideration/cases?size=200", DemoUsers.as("shencha"), null)))
                .doesNotContain("邻县");
        long lx = units.findByCode("LX").orElseThrow().id();
        assertThat(status("GET", "/api/v1/reconsideration/statistics?unitId=" + lx + "&year=2026", "shencha", null))
                .isEqualTo(404);
    }

    @Test
    void aRespondentReadsTheCasesAgainstItWithTheIdentityMaskedAndNoFiles() {
        long market = units.findByCode("SFX-SJJ").orElseThrow().id();
        List<ReconsiderationCase> mine = visible("qicao");
        assertThat(mine).isNotEmpty().allSatisfy(c -> assertThat(c.respondentUnitId()).isEqualTo(market));
        ReconsiderationCase theirs = mine.get(0);
        ReconsiderationCase full = acting.run("shencha", () -> overviews.get(theirs.id()));
        assertThat(theirs.applicant().idNo()).isNotEqualTo(full.applicant().idNo()).contains("*");
        assertThat(body(json(mvc, "GET", "/api/v1/reconsideration/cases/" + theirs.id(), DemoUsers.as("qicao"), null)))
                .doesNotContain(full.applicant().idNo()).doesNotContain(full.applicant().phone());

        CaseAttachment file = acting.run("shencha", () -> cases.attach(theirs.id(), AttachmentKind.EVIDENCE,
                new ByteArrayInputStream("证据".getBytes(StandardCharsets.UTF_8)), "evidence.txt", "text/plain"));
        String download = "/console/reconsideration/" + theirs.id() + "/attachments/" + file.id();
        assertThat(mvc.get().uri(download).with(console(users, "shencha")).exchange().getResponse().getStatus())
                .isEqualTo(200);
        assertThat(mvc.get().uri(download).with(console(users, "qicao")).exchange().getResponse().getStatus())
                .isEqualTo(404);

        long notTheirs = visible("shencha").stream().filter(c -> c.respondentUnitId() != market).findFirst()
                .orElseThrow().id();
        assertThat(status("GET", "/api/v1/reconsideration/cases/" + notTheirs, "qicao", null)).isEqualTo(404);
    }
}
