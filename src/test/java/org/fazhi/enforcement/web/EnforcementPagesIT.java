package org.fazhi.enforcement.web;

import static org.assertj.core.api.Assertions.assertThat;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.List;
import java.util.regex.Pattern;
import org.fazhi.calendar.KernelTestSupport;
import org.fazhi.enforcement.EnforcementCase;
import org.fazhi.enforcement.EnforcementTestBase;
import org.fazhi.enforcement.PublicationStepRequest;
import org.fazhi.enforcement.PublishedDecision;
import org.fazhi.enforcement.ServiceMethod;
import org.fazhi.enforcement.ServiceRequest;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Every console and portal page of enforcement renders in both languages with no unresolved text; a
 * refused step shows its reason beside its form; the public side shows no identifier of a natural
 * person (SECURITY.md: public disclosure removes identifiers).
 */
@FazhiIT
class EnforcementPagesIT extends EnforcementTestBase {

    static final Pattern ID_NUMBER = Pattern.compile("\\d{17}[\\dXx]");
    static final Pattern MOBILE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");

    @Autowired
    MockMvcTester mvc;
    @Autowired
    UserDetailsService users;

    String page(String uri, RequestPostProcessor who) throws Exception {
        MvcTestResult r = who == null ? mvc.get().uri(uri).exchange() : mvc.get().uri(uri).with(who).exchange();
        String html = r.getResponse().getContentAsString(UTF_8);
        assertThat(r.getResponse().getStatus()).as(uri + "\n" + html).isEqualTo(200);
        assertThat(html).as(uri + " has unresolved texts").doesNotContain("??");
        return html;
    }

    @Test
    void everyConsolePageRendersInBothLanguages() throws Exception {
        EnforcementCase c = open("页面");
        fine(c.id(), "3000");
        var officer = KernelTestSupport.console(users, fx.officer());
        var office = KernelTestSupport.console(users, "fzb");
        for (String lang : List.of("zh_CN", "en")) {
            for (String uri : List.of("/console/enforcement", "/console/enforcement/cases/" + c.id(),
                    "/console/enforcement/cases/new", "/console/enforcement/cases/summary/new",
                    "/console/enforcement/agencies", "/console/enforcement/agencies/" + fx.agency().id(),
                    "/console/enforcement/officers", "/console/enforcement/officers/" + fx.a().id(),
                    "/console/enforcement/benchmarks", "/console/enforcement/publicity",
                    "/console/enforcement/records", "/console/enforcement/evaluations",
                    "/console/enforcement/statistics", "/console/enforcement/import")) {
                page(uri + (uri.contains("?") ? "&" : "?") + "lang=" + lang, officer);
            }
            page("/console/enforcement/cases/" + c.id() + "?lang=" + lang, office);
            page("/console/enforcement/agencies?lang=" + lang, office);
        }
        String html = page("/console/enforcement/cases/" + c.id(), officer);
        assertThat(html).as("the staff screen masks the identity number").contains("110***********1234")
                .doesNotContain("110101199001011234");
    }

    @Test
    void aFormThatIsNotAcceptedNamesEachOfItsFieldsInTheErrorSummary() throws Exception {
        var office = KernelTestSupport.console(users, "fzb");
        MvcTestResult agency = mvc.post().uri("/console/enforcement/agencies").with(office)
                .param("unitId", "").param("name", "").param("legalBasis", "").exchange();
        assertThat(agency.getResponse().getStatus()).isEqualTo(200);
        assertThat(summary(agency.getResponse().getContentAsString(UTF_8)))
                .contains("名称（姓名）：", "法定依据：");
        var officer = KernelTestSupport.console(users, fx.officer());
        MvcTestResult plan = mvc.post().uri("/console/inspections/plans").with(officer)
                .param("agencyId", String.valueOf(fx.agency().id())).param("title", "").param("startsOn", "")
                .exchange();
        assertThat(plan.getResponse().getStatus()).isEqualTo(200);
        assertThat(summary(plan.getResponse().getContentAsString(UTF_8))).contains("计划名称：", "开始日期：");
    }

    /** The error summary above the form (layout :: errorSummary). */
    private static String summary(String html) {
        int at = html.indexOf("id=\"error-summary\"");
        assertThat(at).as("the page shows an error summary").isNotNegative();
        return html.substring(at, html.indexOf("</div>", at));
    }

    @Test
    void aRefusedStepShowsItsReasonBesideItsForm() throws Exception {
        EnforcementCase c = open("表单");
        var officer = KernelTestSupport.console(users, fx.officer());
        MvcTestResult r = mvc.post().uri("/console/enforcement/cases/" + c.id() + "/proposal").with(officer)
                .param("violationCode", fx.violation()).param("circumstance", "GENERAL").param("harm", "MINOR")
                .param("outcome", "PENALTY").param("penaltyType", "FINE").param("amount", "9000")
                .param("version", String.valueOf(c.version())).exchange();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(r.getResponse().getContentAsString(UTF_8))
                .contains("裁量基准").contains("须说明理由");
        MvcTestResult ok = mvc.post().uri("/console/enforcement/cases/" + c.id() + "/proposal").with(officer)
                .param("violationCode", fx.violation()).param("circumstance", "GENERAL").param("harm", "MINOR")
                .param("outcome", "PENALTY").param("penaltyType", "FINE").param("amount", "3000")
                .param("version", String.valueOf(c.version())).exchange();
        assertThat(ok.getResponse().getStatus()).isEqualTo(302);
    }

    @Test
    void thePublicSideShowsNoIdentifierOfANaturalPerson() throws Exception {
        EnforcementCase c = open("公示去标识");
        fine(c.id(), "2000");
        notice(c.id(), today());
        waive(c.id());
        officer(() -> cases.decide(c.id(), new org.fazhi.enforcement.DecisionRequest(null,
                "经查，当事人王测试" + fx.tag() + "（身份证号110101199001011234，电话13812345678，住示范县东湖镇青石村1号）"
                        + "未按规定测试。决定罚款二千元。", null, null, null)));
        officer(() -> cases.serve(c.id(), new ServiceRequest(null, ServiceMethod.DIRECT, null)));
        PublishedDecision p = officer(() -> publications.publish(c.id(), new PublicationStepRequest(null, null, null)));
        for (String uri : List.of("/enforcement/decisions/" + p.id(), "/enforcement/decisions",
                "/api/v1/public/enforcement/decisions/" + p.id(), "/api/v1/public/enforcement/decisions")) {
            String body = mvc.get().uri(uri).exchange().getResponse()
                    .getContentAsString(UTF_8);
            assertThat(ID_NUMBER.matcher(body).find()).as(uri + " has an identity number").isFalse();
            assertThat(MOBILE.matcher(body).find()).as(uri + " has a mobile number").isFalse();
            assertThat(body).as(uri).doesNotContain("王测试" + fx.tag()).doesNotContain("青石村1号");
        }
        assertThat(p.caseId()).as("the console's view").isEqualTo(c.id());
    }

    @Test
    void everyPortalPageRenders() throws Exception {
        for (String lang : List.of("zh_CN", "en")) {
            for (String uri : List.of("/enforcement", "/enforcement/agencies/" + fx.agency().id(),
                    "/enforcement/certificates", "/enforcement/certificates?number=" + fx.a().certificateNo(),
                    "/enforcement/certificates?name=" + fx.a().name() + "&agencyId=" + fx.agency().id(),
                    "/enforcement/decisions", "/enforcement/benchmarks", "/enforcement/guiding-cases",
                    "/enforcement/statistics")) {
                page(uri + (uri.contains("?") ? "&" : "?") + "lang=" + lang, null);
            }
        }
    }

    @Test
    void thePublicFindsACertificateByNumberOrByNameAndAgencyAndSeesItsStanding() throws Exception {
        String byNumber = page("/enforcement/certificates?number=" + fx.expired().certificateNo(), null);
        assertThat(byNumber).contains(fx.expired().name()).contains("已过期");
        String json = mvc.get().uri("/api/v1/public/enforcement/certificates?name=" + fx.suspended().name()
                + "&agencyId=" + fx.agency().id()).exchange().getResponse()
                .getContentAsString(UTF_8);
        assertThat(json).contains("SUSPENDED").contains(fx.suspended().certificateNo()).doesNotContain("userId")
                .doesNotContain("statusReason");
        assertThat(mvc.get().uri("/api/v1/public/enforcement/certificates").exchange().getResponse().getStatus())
                .isEqualTo(400);
        assertThat(page("/enforcement/certificates?name=" + fx.auxiliary().name() + "&agencyId=" + fx.agency().id(),
                null)).doesNotContain(fx.auxiliary().name() + "</span>");
    }
}
