package org.fazhi.enforcement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.fazhi.calendar.KernelTestSupport;
import org.fazhi.enforcement.EnforcementCase;
import org.fazhi.enforcement.EnforcementFixture;
import org.fazhi.enforcement.EnforcementTestBase;
import org.fazhi.enforcement.EvidenceItem;
import org.fazhi.enforcement.EvidenceStage;
import org.fazhi.enforcement.PartyRequest;
import org.fazhi.shared.PageQuery;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Another agency's officer, and a township, see nothing of an agency's cases: every read and every step
 * answers 404 through the services, the API, the console and the evidence download; lists leave the
 * case out. The county 法治办 above the agency reads it.
 */
@FazhiIT
class CaseDataScopeIT extends EnforcementTestBase {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void anotherAgencyAndATownshipGet404Everywhere() {
        EnforcementCase c = open("数据范围");
        EvidenceItem e = addEvidence(c.id(), EvidenceStage.OPENING);
        notFound(() -> as(fx.outsider(), () -> cases.get(c.id())));
        // the evidence file follows its case, not its uploader: the unit's legal reviewer reads it (AC-04)
        assertThat(as(fx.reviewer(), () -> evidence.content(c.id(), e.id())).exists()).isTrue();
        notFound(() -> as(fx.outsider(), () -> cases.waiveStatement(c.id(), new PartyRequest(null, null))));
        notFound(() -> as("donghu", () -> guide.of(c.id())));
        assertThat(as(fx.outsider(), () -> cases.list(null, null, null, null, c.caseNo(), PageQuery.of(0, 20))).items())
                .isEmpty();
        assertThat(as("fzb", () -> cases.get(c.id())).id()).isEqualTo(c.id());

        String api = "/api/v1/enforcement/cases/" + c.id();
        for (String uri : new String[] {api, api + "/guide", api + "/evidence", api + "/acts"}) {
            assertThat(mvc.get().uri(uri).with(EnforcementFixture.basic(fx.outsider())).exchange().getResponse()
                    .getStatus()).as(uri).isEqualTo(404);
        }
        assertThat(mvc.post().uri(api + "/waiver").with(EnforcementFixture.basic(fx.outsider()))
                .contentType(MediaType.APPLICATION_JSON).content("{}").exchange().getResponse().getStatus())
                .isEqualTo(404);
        var console = KernelTestSupport.console(users, fx.outsider());
        assertThat(mvc.get().uri("/console/enforcement/cases/" + c.id()).with(console).exchange().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(mvc.get().uri("/console/enforcement/cases/" + c.id() + "/evidence/" + e.id()).with(console)
                .exchange().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.get().uri("/console/enforcement/cases/" + c.id() + "/evidence/" + e.id())
                .with(KernelTestSupport.console(users, fx.officer())).exchange().getResponse().getStatus())
                .isEqualTo(200);
        assertThat(mvc.get().uri("/api/v1/enforcement/agencies/" + fx.agency().id())
                .with(EnforcementFixture.basic(fx.outsider())).exchange().getResponse().getStatus()).isEqualTo(404);
    }
}
