package org.fazhi.reconsideration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.normdocs.web.WebSupport.body;
import static org.fazhi.normdocs.web.WebSupport.read;

import java.time.LocalDate;
import org.fazhi.support.FazhiIT;
import org.fazhi.support.SessionContents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Reconsideration on the portal without sign-in: applying through the public API and the form (with
 * files), the receipt number and code, following the application by both (a wrong code tells nothing),
 * supplying the 补正 asked for, and bad input answered with the field's reason and nothing stored.
 */
@FazhiIT
class ReconsiderationPortalIT extends ReconsiderationTestBase {

    @Autowired
    MockMvcTester mvc;

    private static RequestPostProcessor from(String address) {
        return r -> {
            r.setRemoteAddr(address);
            return r;
        };
    }

    private String json(LocalDate knew) {
        return """
                {"bodyId": %d, "applicantType": "NATURAL_PERSON", "applicantName": "门户申请人", "idType": "ID_CARD",
                 "idNo": "430000199001019999", "phone": "13900009999", "respondentUnitId": %d, "actType": "PENALTY",
                 "actDescription": "罚款决定", "knowledgeDate": "%s", "onTheSpot": false, "warningOrCriticism": false,
                 "realProperty": false, "requests": "撤销罚款决定", "factsAndReasons": "事实不清。"}
                """.formatted(fx.bodyId(), fx.agency(), knew);
    }

    @Test
    void aCitizenAppliesThroughThePublicApiAndFollowsTheApplicationByReceiptAndCode() {
        assertThat(body(mvc.get().uri("/api/v1/public/reconsideration/bodies").exchange())).contains(fx.tag());
        assertThat(body(mvc.get().uri("/api/v1/public/reconsideration/bodies/" + fx.bodyId() + "/respondents")
                .exchange())).contains("复议" + fx.tag() + "市场局").doesNotContain("他县司法局");
        var applied = mvc.post().uri("/api/v1/public/reconsideration/applications").with(from("10.8.0.1"))
                .contentType(MediaType.APPLICATION_JSON).content(json(today().minusDays(5))).exchange();
        assertThat(applied.getResponse().getStatus()).isEqualTo(201);
        String receipt = read(applied, "$.receiptNo");
        String code = read(applied, "$.verificationCode");
        assertThat(receipt).startsWith("FY");

        var wrong = mvc.post().uri("/api/v1/public/reconsideration/lookup").with(from("10.8.0.1"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"receiptNo\": \"" + receipt + "\", \"code\": \"WRONGCOD\"}").exchange();
        assertThat(wrong.getResponse().getStatus()).isEqualTo(404);
        var found = mvc.post().uri("/api/v1/public/reconsideration/lookup").with(from("10.8.0.1"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"receiptNo\": \"" + receipt + "\", \"code\": \"" + code.toLowerCase() + "\"}").exchange();
        assertThat(found.getResponse().getStatus()).isEqualTo(200);
        assertThat((String) read(found, "$.status")).isEqualTo("RECEIVED");
        assertThat(body(found)).as("no personal data on the public side").doesNotContain("门户申请人", "13900009999",
                "430000199001019999");
        ReconsiderationCase c = handler(() -> overviews.list(null, CaseStatus.RECEIVED, null, receipt,
                new org.fazhi.shared.PageQuery(0, 5))).items().get(0);
        assertThat(c.channel()).isEqualTo(Channel.PORTAL);
        assertThat(c.receivedOn()).isEqualTo(today());
    }

    @Test
    void theFormTakesFilesGivesTheCodeOnceAndTakesTheCorrectionAskedFor() {
        var form = mvc.post().uri("/reconsideration/applications").multipart()
                .file(new MockMultipartFile("identityFile", "id.txt", "text/plain", "身份证明".getBytes()))
                .file(new MockMultipartFile("evidenceFiles", "photo.txt", "text/plain", "证据".getBytes()))
                .param("bodyId", String.valueOf(fx.bodyId())).param("respondentUnitId", String.valueOf(fx.agency()))
                .param("applicantType", "NATURAL_PERSON").param("applicantName", "表单申请人").param("idType", "ID_CARD")
                .param("idNo", "430000199001018888").param("phone", "13900008888").param("actType", "LICENSING")
                .param("actDescription", "不予许可决定").param("knowledgeDate", today().minusDays(3).toString())
                .param("informedOfRight", "true").param("requests", "撤销不予许可决定").param("factsAndReasons", "符合条件。")
                .with(SecurityMockMvcRequestPostProcessors.csrf()).with(from("10.8.0.2")).exchange();
        assertThat(form.getResponse().getStatus()).isEqualTo(302);
        assertThat(form.getResponse().getRedirectedUrl()).isEqualTo("/reconsideration/receipt");
        var sealed = (PublicApplications.Receipt) form.getMvcResult().getFlashMap().get("receipt");
        // the receipt page opens the code sealed in the session (which may be kept in the database), once
        var session = (org.springframework.mock.web.MockHttpSession) form.getMvcResult().getRequest().getSession();
        String code = SessionContents.receiptCode(body(mvc.get().uri("/reconsideration/receipt").session(session)
                .exchange()));
        assertThat(sealed.verificationCode()).startsWith("ENC1:").doesNotContain(code);
        assertThat(SessionContents.serialised(session)).as("no plain code where the session is stored")
                .doesNotContain(code);
        assertThat(mvc.get().uri("/reconsideration/receipt").session(session))
                .hasRedirectedUrl("/reconsideration/track");
        var receipt = new PublicApplications.Receipt(sealed.receiptNo(), code, sealed.receivedOn(), sealed.bodyName());
        assertThat(receipt.verificationCode()).hasSize(8);
        ReconsiderationCase c = handler(() -> overviews.list(null, null, null, receipt.receiptNo(),
                new org.fazhi.shared.PageQuery(0, 5))).items().get(0);
        assertThat(handler(() -> overviews.of(c.id())).attachments()).extracting(CaseAttachment::kind)
                .containsExactlyInAnyOrder(AttachmentKind.IDENTITY, AttachmentKind.EVIDENCE)
                .allSatisfy(k -> assertThat(k).isNotNull());

        handler(() -> applications.requestCorrection(c.id(), new CorrectionNoticeRequest("请补充许可申请材料清单。", today(),
                null)));
        String tracked = body(mvc.post().uri("/reconsideration/track").param("no", receipt.receiptNo())
                .param("code", receipt.verificationCode()).with(SecurityMockMvcRequestPostProcessors.csrf())
                .with(from("10.8.0.2")).exchange());
        assertThat(tracked).contains("请补充许可申请材料清单", "correction-form");
        var corrected = mvc.post().uri("/reconsideration/track/correction").multipart()
                .file(new MockMultipartFile("files", "list.txt", "text/plain", "材料清单".getBytes()))
                .param("no", receipt.receiptNo()).param("code", receipt.verificationCode()).param("note", "已补充材料清单。")
                .with(SecurityMockMvcRequestPostProcessors.csrf()).with(from("10.8.0.2")).exchange();
        assertThat(corrected.getResponse().getStatus()).isEqualTo(200);
        ReconsiderationCase after = reload(c.id());
        assertThat(after.status()).isEqualTo(CaseStatus.RECEIVED);
        assertThat(after.correction().receivedOn()).isEqualTo(today());
        assertThat(after.correction().note()).isEqualTo("已补充材料清单。");
        assertThat(handler(() -> overviews.of(c.id())).attachments()).filteredOn(a -> a.kind() == AttachmentKind.CORRECTION)
                .singleElement().satisfies(a -> assertThat(a.fromPublic()).isTrue());
        assertThat(auditActions(c.id())).contains("receive-correction");
    }

    @Test
    void badInputOnTheFormIsAnsweredBesideTheFieldAndStoresNothing() {
        long before = jdbc.sql("select count(*) from reconsideration_case").query(Long.class).single();
        var r = mvc.post().uri("/reconsideration/applications").multipart()
                .param("bodyId", String.valueOf(fx.bodyId())).param("respondentUnitId", String.valueOf(fx.town()))
                .param("applicantType", "NATURAL_PERSON").param("applicantName", "").param("idType", "ID_CARD")
                .param("idNo", "1").param("phone", "1").param("actType", "NOT_A_TYPE").param("actDescription", "行为")
                .param("knowledgeDate", "昨天").param("requests", "请求").param("factsAndReasons", "理由")
                .with(SecurityMockMvcRequestPostProcessors.csrf()).with(from("10.8.0.3")).exchange();
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(r)).contains("apply-applicantName", "is-invalid");
        var outOfJurisdiction = mvc.post().uri("/api/v1/public/reconsideration/applications").with(from("10.8.0.3"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json(today()).replace("\"respondentUnitId\": " + fx.agency(), "\"respondentUnitId\": " + fx.outside()))
                .exchange();
        assertThat(outOfJurisdiction.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(outOfJurisdiction)).contains("respondentUnitId");
        assertThat(jdbc.sql("select count(*) from reconsideration_case").query(Long.class).single()).isEqualTo(before);
    }
}
