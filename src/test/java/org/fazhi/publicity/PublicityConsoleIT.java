package org.fazhi.publicity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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
 * The publicity pages render in both languages with the demo year; a form not accepted names its fields and
 * stores nothing; an activity's page offers the steps its guide allows and takes them.
 */
@FazhiIT
class PublicityConsoleIT extends PublicityTestBase {

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
        PublicityActivity a = planned("双语页面讲座", today().plusDays(4), today().plusDays(4));
        long session = as("fzb", () -> trainings.sessions(null, today().getYear())).stream().findFirst().orElseThrow().id();
        long exam = as("fzb", () -> trainings.exams(null, today().getYear())).stream().findFirst().orElseThrow().id();
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            for (String uri : List.of("/console/publicity", "/console/publicity/duties", "/console/publicity/activities",
                    "/console/publicity/activities/" + a.id(), "/console/publicity/training",
                    "/console/publicity/training/" + session, "/console/publicity/exams/" + exam,
                    "/console/publicity/grassroots")) {
                page(uri, "fzb", locale);
            }
            MvcTestResult portal = mvc.get().uri("/publicity").locale(locale).exchange();
            assertThat(portal.getResponse().getStatus()).isEqualTo(200);
            assertThat(new String(portal.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
                    .doesNotContain("??");
        }
    }

    @Test
    void aFormNotAcceptedNamesTheFieldAndStoresNothing() {
        int before = as("donghu", () -> activities.list(null, null, null)).size();
        MvcTestResult r = mvc.post().uri("/console/publicity/activities").with(KernelTestSupport.console(users, "donghu"))
                .param("unitId", String.valueOf(unit("SFX-DH"))).param("title", "").param("kind", "LECTURE")
                .param("startsOn", "2026-13-01").param("endsOn", "2026-12-01").param("place", "镇政府").exchange();
        String html = new String(r.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(html).contains("id=\"error-summary\"").contains("开始日期").contains("名称");
        assertThat(as("donghu", () -> activities.list(null, null, null))).hasSize(before);
    }

    @Test
    void theActivityPageTakesTheStepsItsGuideAllows() {
        PublicityActivity a = planned("页面预告讲座", today().plusDays(4), today().plusDays(4));
        String html = page("/console/publicity/activities/" + a.id(), "donghu", Locale.SIMPLIFIED_CHINESE);
        assertThat(html).contains("/announcement").contains("/cancellation").doesNotContain("/held\"");
        MvcTestResult announced = mvc.post().uri("/console/publicity/activities/" + a.id() + "/announcement")
                .with(KernelTestSupport.console(users, "donghu")).param("version", String.valueOf(a.version()))
                .exchange();
        assertThat(announced.getResponse().getStatus()).isEqualTo(302);
        assertThat(as("donghu", () -> activities.get(a.id())).status()).isEqualTo(ActivityStatus.ANNOUNCED);
        String leader = page("/console/publicity/activities/" + a.id(), "lingdao", Locale.SIMPLIFIED_CHINESE);
        assertThat(leader).doesNotContain("/cancellation\"");
    }
}
