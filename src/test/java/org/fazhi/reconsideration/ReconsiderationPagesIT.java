package org.fazhi.reconsideration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.normdocs.web.WebSupport.console;
import static org.fazhi.normdocs.web.WebSupport.page;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.fazhi.shared.PageQuery;
import org.fazhi.support.FazhiIT;
import org.fazhi.units.ActingAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The demo county's year of reconsideration has a case in every state, and every reconsideration
 * page renders for the people who use it (the body's reviewer, the county 法治办, a respondent
 * agency's drafter, a leader) in Chinese and English, and the portal's pages for anyone.
 */
@FazhiIT
class ReconsiderationPagesIT {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    CaseOverviews overviews;
    @Autowired
    OpinionLetters letters;
    @Autowired
    ActingAs acting;

    @Autowired
    ReconsiderationBodies bodies;

    /** The demo county's cases (other test classes add cases of bodies of their own). */
    private List<ReconsiderationCase> demoCases() {
        long county = bodies.active().stream().filter(b -> b.name().equals("示范县人民政府")).findFirst().orElseThrow().id();
        return acting.run("fzb", () -> overviews.list(county, null, null, null, new PageQuery(0, 200))).items();
    }

    @Test
    void theDemoYearHasACaseInEveryState() {
        Set<CaseStatus> states = demoCases().stream().map(ReconsiderationCase::status).collect(Collectors.toSet());
        assertThat(states).containsAll(EnumSet.allOf(CaseStatus.class));
        assertThat(demoCases()).anySatisfy(c -> assertThat(c.acceptance().deemed()).isTrue());
        assertThat(acting.run("fzb", () -> letters.visible())).extracting(OpinionLetter::status)
                .contains(LetterStatus.ISSUED, LetterStatus.REPORTED);
        assertThat(acting.run("shencha", () -> overviews.list(null, null, null, null, new PageQuery(0, 200))).items())
                .as("the neighbouring county's case is out of the county reviewer's scope")
                .noneMatch(c -> c.act().description().startsWith("邻县"));
    }

    @Test
    void everyConsolePageRendersForItsUsersInChineseAndEnglish() {
        List<ReconsiderationCase> cases = demoCases();
        // one case of each state: the page's sections differ by state, not by case
        List<ReconsiderationCase> oneOfEach = cases.stream()
                .collect(Collectors.toMap(ReconsiderationCase::status, c -> c, (a, b) -> a)).values().stream().toList();
        long letter = acting.run("fzb", () -> letters.visible()).get(0).id();
        for (String lang : List.of("zh_CN", "en")) {
            String q = "?lang=" + lang;
            for (ReconsiderationCase c : oneOfEach) {
                page(mvc, "/console/reconsideration/" + c.id() + q, console(users, "shencha"));
            }
            for (String user : List.of("fzb", "shencha")) {
                var who = console(users, user);
                for (String uri : List.of("/console/reconsideration", "/console/reconsideration/new",
                        "/console/reconsideration/letters", "/console/reconsideration/letters/" + letter,
                        "/console/reconsideration/statistics", "/console/reconsideration/bodies",
                        "/console/reconsideration/statistics/records?figure=received")) {
                    page(mvc, uri + (uri.contains("?") ? "&" + q.substring(1) : q), who);
                }
            }
            for (String user : List.of("qicao", "lingdao")) {
                var who = console(users, user);
                page(mvc, "/console/reconsideration" + q, who);
                page(mvc, "/console/reconsideration/statistics" + q, who);
            }
            page(mvc, "/reconsideration" + q, r -> r);
            page(mvc, "/reconsideration/track" + q, r -> r);
        }
        ReconsiderationCase againstMarket = cases.stream().filter(c -> c.status() == CaseStatus.ACCEPTED)
                .filter(c -> acting.run("qicao", () -> overviews.list(null, null, null, null, new PageQuery(0, 200)))
                        .items().stream().anyMatch(x -> x.id().equals(c.id())))
                .findFirst().orElseThrow();
        String html = page(mvc, "/console/reconsideration/" + againstMarket.id() + "?lang=zh_CN", console(users, "qicao"));
        assertThat(html).as("the respondent reads the case with the applicant's identity masked")
                .doesNotContain(againstMarket.applicant().idNo()).contains("****");
    }
}
