package org.fazhi.disputes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.fazhi.calendar.KernelTestSupport;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The disputes console: every page renders in Chinese and English without an unresolved text, a form that
 * is not accepted shows the reason beside the field and stores nothing, the steps the guide allows post
 * from the case page, and the agreement handed to the parties tells them their window.
 */
@FazhiIT
class DisputesConsoleIT extends DisputesTestBase {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    UserDetailsService users;

    private String page(String uri, String user, Locale locale) {
        MvcTestResult r = mvc.get().uri(uri).with(KernelTestSupport.console(users, user)).locale(locale).exchange();
        String html = new String(r.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(r.getResponse().getStatus()).as(uri + "\n" + html).isEqualTo(200);
        assertThat(html).as(uri + " has unresolved texts").doesNotContain("??");
        return html;
    }

    @Test
    void everyPageRendersInBothLanguages() {
        MediationCase c = agreed(LocalDate.now().minusDays(10), LocalDate.now().minusDays(2));
        Petition p = petition(LocalDate.now().minusDays(2));
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            for (String uri : List.of("/console/disputes", "/console/disputes/cases", "/console/disputes/cases/" + c.id(),
                    "/console/disputes/cases/" + c.id() + "/agreement", "/console/disputes/orgs",
                    "/console/disputes/petitions", "/console/disputes/petitions/" + p.id(),
                    "/console/disputes/receptions", "/console/disputes/services", "/console/disputes/legal-aid",
                    "/console/disputes/staff")) {
                page(uri, fx.handler(), locale);
            }
        }
        // the county sees the demo year, with every state
        for (String uri : List.of("/console/disputes", "/console/disputes/cases", "/console/disputes/petitions",
                "/console/disputes/orgs", "/console/disputes/services", "/console/disputes/legal-aid",
                "/console/disputes/staff", "/console/disputes/receptions")) {
            page(uri, "fzb", Locale.SIMPLIFIED_CHINESE);
        }
    }

    @Test
    void theAgreementTellsThePartiesTheLastDayOfTheirWindow() {
        on(LocalDate.of(2025, 9, 20));
        MediationCase c = agreed(LocalDate.of(2025, 8, 25), LocalDate.of(2025, 9, 1));
        String html = page("/console/disputes/cases/" + c.id() + "/agreement", fx.handler(), Locale.SIMPLIFIED_CHINESE);
        assertThat(html).contains("人民调解法》第三十三条").contains("2025-10-09").contains("国庆");
        String casePage = page("/console/disputes/cases/" + c.id(), fx.handler(), Locale.SIMPLIFIED_CHINESE);
        assertThat(casePage).contains("id=\"window\"").contains("2025-10-09").contains("id=\"on-board\"");
    }

    @Test
    void aFormNotAcceptedNamesTheFieldAndStoresNothing() {
        int before = as(fx.handler(), () -> cases.list(fx.town(), null, null)).size();
        MvcTestResult r = mvc.post().uri("/console/disputes/cases").with(KernelTestSupport.console(users, fx.handler()))
                .param("orgId", String.valueOf(fx.committee().id())).param("receivedOn", "2026-13-01")
                .param("source", "APPLICATION").param("category", "NEIGHBOUR").param("summary", "")
                .exchange();
        String html = new String(r.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(html).contains("id=\"error-summary\"").contains("登记日期").contains("申请人姓名");
        assertThat(as(fx.handler(), () -> cases.list(fx.town(), null, null))).hasSize(before);
    }

    @Test
    void theCasePageTakesTheStepsItsGuideAllows() {
        MediationCase c = received(LocalDate.now().minusDays(1), false);
        String html = page("/console/disputes/cases/" + c.id(), fx.handler(), Locale.SIMPLIFIED_CHINESE);
        assertThat(html).contains("/acceptance").contains("/declining").doesNotContain("action=\"/console/disputes/cases/"
                + c.id() + "/agreement\"");
        MvcTestResult accepted = mvc.post().uri("/console/disputes/cases/" + c.id() + "/acceptance")
                .with(KernelTestSupport.console(users, fx.handler())).param("mediatorId", String.valueOf(fx.mediator().id()))
                .param("acceptedOn", LocalDate.now().toString()).param("version", String.valueOf(c.version()))
                .exchange();
        assertThat(accepted.getResponse().getStatus()).isEqualTo(302);
        assertThat(as(fx.handler(), () -> cases.get(c.id())).status()).isEqualTo(MediationStatus.MEDIATING);
        // a stale version is refused with the reason beside the form
        MvcTestResult stale = mvc.post().uri("/console/disputes/cases/" + c.id() + "/failure")
                .with(KernelTestSupport.console(users, fx.handler())).param("failedOn", LocalDate.now().toString())
                .param("reason", "不成").param("version", String.valueOf(c.version())).exchange();
        assertThat(stale.getResponse().getStatus()).isEqualTo(200);
        assertThat(as(fx.handler(), () -> cases.get(c.id())).status()).isEqualTo(MediationStatus.MEDIATING);
        // a leader reads the page but is offered no step
        String leader = page("/console/disputes/cases/" + c.id(), "lingdao", Locale.SIMPLIFIED_CHINESE);
        assertThat(leader).doesNotContain("/failure\"");
    }
}
