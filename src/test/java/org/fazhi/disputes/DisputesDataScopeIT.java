package org.fazhi.disputes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.calendar.KernelTestSupport;
import org.fazhi.support.DemoUsers;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A township sees its own committees, cases and petitions and nothing of another township: every read
 * and step answers 404 through the API and the console. Parties and petitioners are masked on lists and
 * reads; their full data only through a reveal with a reason, which is audited; none of it is public.
 */
@FazhiIT
class DisputesDataScopeIT extends DisputesTestBase {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    private MvcTestResult json(String method, String uri, String user, String body) {
        var request = switch (method) {
            case "GET" -> mvc.get().uri(uri);
            default -> mvc.post().uri(uri);
        };
        request = request.with(DemoUsers.as(user)).accept(MediaType.APPLICATION_JSON);
        if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return request.exchange();
    }

    private static String body(MvcTestResult r) {
        return new String(r.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    @Test
    void anotherTownshipsCaseAndPetitionAnswer404Everywhere() {
        MediationCase c = received(LocalDate.now().minusDays(3), false);
        Petition p = petition(LocalDate.now().minusDays(3));
        String outsider = fx.outsider();
        for (String path : List.of("/api/v1/disputes/cases/" + c.id(), "/api/v1/disputes/cases/" + c.id() + "/guide",
                "/api/v1/disputes/cases/" + c.id() + "/parties", "/api/v1/disputes/cases/" + c.id() + "/window",
                "/api/v1/disputes/petitions/" + p.id(), "/api/v1/disputes/petitions/" + p.id() + "/guide",
                "/api/v1/disputes/orgs/" + fx.committee().id())) {
            assertThat(json("GET", path, outsider, null).getResponse().getStatus()).as(path).isEqualTo(404);
        }
        assertThat(json("POST", "/api/v1/disputes/cases/" + c.id() + "/declining", outsider,
                "{\"declinedOn\": \"" + LocalDate.now() + "\", \"reason\": \"越权\"}").getResponse().getStatus())
                .isEqualTo(404);
        assertThat(json("POST", "/api/v1/disputes/petitions/" + p.id() + "/acceptance", outsider,
                "{\"decidedOn\": \"" + LocalDate.now() + "\"}").getResponse().getStatus()).isEqualTo(404);
        assertThat(json("POST", "/api/v1/disputes/petitions/" + p.id() + "/reveal", outsider,
                "{\"reason\": \"好奇\"}").getResponse().getStatus()).isEqualTo(404);
        for (String page : List.of("/console/disputes/cases/" + c.id(), "/console/disputes/petitions/" + p.id())) {
            assertThat(mvc.get().uri(page).with(KernelTestSupport.console(users, outsider)).exchange().getResponse()
                    .getStatus()).as(page).isEqualTo(404);
        }
        assertThat(mvc.post().uri("/console/disputes/cases/" + c.id() + "/declining")
                .with(KernelTestSupport.console(users, outsider)).param("declinedOn", LocalDate.now().toString())
                .param("reason", "越权").exchange().getResponse().getStatus()).isEqualTo(404);
        assertThat(body(json("GET", "/api/v1/disputes/cases?size=200", outsider, null))).doesNotContain(c.caseNo());
        assertThat(body(json("GET", "/api/v1/disputes/petitions?size=200", outsider, null)))
                .doesNotContain(p.petitionNo());
        assertThat(body(json("GET", "/api/v1/disputes/cases?size=200", fx.handler(), null))).contains(c.caseNo());
        // the neighbouring county sees none of the demo county's petitions
        assertThat(body(json("GET", "/api/v1/disputes/petitions?size=200", "linxian", null))).contains("\"total\":0");
    }

    @Test
    void partiesAndPetitionersAreMaskedAndARevealIsAudited() {
        MediationCase c = received(LocalDate.now().minusDays(3), false);
        Petition p = petition(LocalDate.now().minusDays(3));
        String parties = body(json("GET", "/api/v1/disputes/cases/" + c.id() + "/parties", fx.handler(), null));
        assertThat(parties).doesNotContain("110101199003074578", "13800001111", "申请人甲", "甲村一组")
                .contains("110***********4578", "138****1111", "申***");
        String petitionList = body(json("GET", "/api/v1/disputes/petitions?size=200", fx.handler(), null));
        assertThat(petitionList).doesNotContain("110101198807074512", "13900003333", "信访人丙", "甲村三组");
        String page = body(mvc.get().uri("/console/disputes/petitions/" + p.id())
                .with(KernelTestSupport.console(users, fx.handler())).exchange());
        assertThat(page).doesNotContain("110101198807074512", "13900003333", "甲村三组");

        long party = as(fx.handler(), () -> cases.parties(c.id())).get(0).id();
        MvcTestResult noReason = json("POST", "/api/v1/disputes/cases/" + c.id() + "/parties/" + party + "/reveal",
                fx.handler(), "{\"reason\": \"\"}");
        assertThat(noReason.getResponse().getStatus()).isEqualTo(400);
        String revealed = body(json("POST", "/api/v1/disputes/cases/" + c.id() + "/parties/" + party + "/reveal",
                fx.handler(), "{\"reason\": \"电话通知调解时间\"}"));
        assertThat(revealed).contains("110101199003074578", "13800001111");
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'mediation-party' and entity_id = ?"
                + " and action = 'reveal-personal-data'").param(String.valueOf(party)).query(Long.class).single())
                .isEqualTo(1);
        // a leader reads the case but may not reveal
        assertThat(json("POST", "/api/v1/disputes/cases/" + c.id() + "/parties/" + party + "/reveal", "lingdao",
                "{\"reason\": \"查看\"}").getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void nothingOfDisputesIsPublic() {
        for (String path : List.of("/api/v1/disputes/cases", "/api/v1/disputes/petitions", "/api/v1/disputes/orgs",
                "/console/disputes/cases")) {
            int status = mvc.get().uri(path).exchange().getResponse().getStatus();
            assertThat(status).as(path).isIn(302, 401, 403);
        }
    }
}
