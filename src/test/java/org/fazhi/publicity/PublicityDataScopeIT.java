package org.fazhi.publicity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fazhi.calendar.KernelTestSupport;
import org.fazhi.support.DemoUsers;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A township sees its own activities, sessions and exams and nothing of another township's: reads and steps
 * answer 404 through the API and the console, and lists leave them out; the public calendar needs no login and
 * shows no phone numbers; a 法律明白人's phone is masked on the staff list.
 */
@FazhiIT
class PublicityDataScopeIT extends PublicityTestBase {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void anotherTownshipsActivitySessionAndExamAnswer404Everywhere() {
        PublicityActivity a = planned("东湖镇讲座", today().plusDays(3), today().plusDays(3));
        LawExam e = exam("donghu", "SFX-DH", today());
        for (String path : List.of("/api/v1/publicity/activities/" + a.id(),
                "/api/v1/publicity/activities/" + a.id() + "/guide", "/api/v1/publicity/exams/" + e.id(),
                "/api/v1/publicity/exams/" + e.id() + "/results")) {
            assertThat(mvc.get().uri(path).with(DemoUsers.as("xishan")).accept(MediaType.APPLICATION_JSON))
                    .as(path).hasStatus(404);
            assertThat(mvc.get().uri(path).with(DemoUsers.as("donghu")).accept(MediaType.APPLICATION_JSON))
                    .as(path).hasStatus(200);
        }
        for (String path : List.of("/console/publicity/activities/" + a.id(), "/console/publicity/exams/" + e.id())) {
            assertThat(mvc.get().uri(path).with(KernelTestSupport.console(users, "xishan"))).as(path).hasStatus(404);
            assertThat(mvc.get().uri(path).with(KernelTestSupport.console(users, "donghu"))).as(path).hasStatus(200);
        }
        assertThat(mvc.post().uri("/api/v1/publicity/activities/" + a.id() + "/announcement").with(DemoUsers.as("xishan"))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).hasStatus(404);
        String list = new String(mvc.get().uri("/api/v1/publicity/activities?size=200").with(DemoUsers.as("xishan"))
                .exchange().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(list).doesNotContain("东湖镇讲座");
    }

    @Test
    void anActivitysMaterialIsDownloadedInItsScopeOnly() {
        PublicityActivity a = planned("资料讲座", today().plusDays(3), today().plusDays(3));
        var stored = as("donghu", () -> activities.addMaterials(a.id(), List.of(PublicityActivityIT.leaflet())));
        String path = "/console/publicity/activities/" + a.id() + "/materials/" + stored.get(0).id();
        var download = mvc.get().uri(path).with(KernelTestSupport.console(users, "donghu")).exchange();
        assertThat(download).hasStatusOk();
        assertThat(new String(download.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
                .isEqualTo("民法典宣传折页");
        assertThat(mvc.get().uri(path).with(KernelTestSupport.console(users, "xishan"))).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/publicity/activities/" + a.id() + "/materials").with(DemoUsers.as("donghu"))
                .accept(MediaType.APPLICATION_JSON)).hasStatusOk().bodyText().contains("折页.txt");
    }

    @Test
    void aUnitOutsideTheScopeIsRefusedAsUnknownNotRevealed() {
        assertThat(mvc.post().uri("/api/v1/publicity/activities").with(DemoUsers.as("xishan"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"unitId\":" + unit("SFX-DH") + ",\"title\":\"越权\",\"kind\":\"LECTURE\",\"startsOn\":\""
                        + today() + "\",\"endsOn\":\"" + today() + "\",\"place\":\"某地\"}"))
                .hasStatus(400).bodyText().contains("unitId");
    }

    @Test
    void thePublicCalendarNeedsNoLoginAndShowsNoPhoneNumbers() {
        announced("公开讲座", today().plusDays(2), today().plusDays(2));
        // a period of its own, so that no answer kept for anonymous readers a moment ago is served
        String period = "?from=" + today() + "&to=" + today().plusDays(3);
        var page = mvc.get().uri("/publicity" + period).exchange();
        assertThat(page).hasStatusOk();
        String html = new String(page.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(html).contains("公开讲座").doesNotContain("13800001111");
        var api = mvc.get().uri("/api/v1/public/publicity/activities" + period).accept(MediaType.APPLICATION_JSON)
                .exchange();
        assertThat(api).hasStatusOk();
        assertThat(new String(api.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8)).contains("公开讲座")
                .doesNotContain("13800001111");
    }

    @Test
    void aLegalLiteratesPhoneIsMaskedOnTheStaffList() {
        assertThat(as("fzb", () -> grassroots.literatePersons())).isNotEmpty()
                .allSatisfy(p -> assertThat(p.phone() == null || !p.phone().equals("13800001111")).isTrue());
        String page = new String(mvc.get().uri("/console/publicity/grassroots").with(DemoUsers.as("fzb")).exchange()
                .getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(page).doesNotContain("13800001111");
    }
}
