package org.fazhi.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.calendar.KernelTestSupport.console;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.lists.ListKind;
import org.fazhi.lists.ListVersion;
import org.fazhi.lists.ListVersionStatus;
import org.fazhi.lists.Lists;
import org.fazhi.lists.PowerItems;
import org.fazhi.support.FazhiIT;
import org.fazhi.units.ActingAs;
import org.fazhi.units.Units;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The demo county carries a year of this work: lists with two versions and an adjustment under review, a
 * leading group with one 述法 missing, a plan whose tasks stand in every state (some late), meetings, an
 * inspection with rectifications, and the pages show it.
 */
@FazhiIT
class DemoYearIT {

    @Autowired
    ActingAs as;
    @Autowired
    Units units;
    @Autowired
    Lists lists;
    @Autowired
    PowerItems powers;
    @Autowired
    WorkPlans plans;
    @Autowired
    RuleOfLawInspections inspections;
    @Autowired
    LeadingGroups groups;
    @Autowired
    MockMvcTester mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void theDemoCountyCarriesAYearOfListsPlansMeetingsAndInspections() {
        long market = units.findByCode("SFX-SJJ").orElseThrow().id();
        long zhzf = units.findByCode("SFX-ZHZF").orElseThrow().id();
        var marketList = as.run("fzb", () -> lists.lists(ListKind.POWER)).stream()
                .filter(r -> r.list().unitId() == market).findFirst().orElseThrow();
        List<ListVersion> versions = as.run("fzb", () -> lists.versions(marketList.list().id()));
        assertThat(versions).extracting(ListVersion::status).containsOnly(ListVersionStatus.PUBLISHED).hasSize(2);
        assertThat(as.run("fzb", () -> lists.compare(marketList.list().id(), null, null)))
                .satisfies(d -> {
                    assertThat(d.added()).hasSize(1);
                    assertThat(d.removed()).hasSize(1);
                    assertThat(d.changed()).hasSize(1);
                });
        assertThat(powers.inForce(zhzf, LocalDate.now())).as("the enforcement bureau holds its powers").isNotEmpty();

        int year = LocalDate.now().minusDays(290).getYear();
        long county = units.findByCode("SFX").orElseThrow().id();
        WorkPlan plan = as.run("fzb", () -> plans.plans(year)).stream().filter(p -> p.unitId() == county)
                .filter(p -> p.title().equals("示范县" + year + "年法治政府建设工作要点")).findFirst().orElseThrow();
        List<PlanTask> tasks = as.run("fzb", () -> plans.tasks(plan.id()));
        assertThat(tasks).extracting(PlanTask::status).contains(TaskStatus.DONE, TaskStatus.AWAITING_CONFIRMATION,
                TaskStatus.IN_PROGRESS, TaskStatus.ASSIGNED, TaskStatus.CANCELLED);
        assertThat(tasks).anyMatch(PlanTask::late);
        assertThat(tasks).anyMatch(t -> t.overdueOn(LocalDate.now()));
        assertThat(as.run("fzb", () -> inspections.findingsOfYear(year))).extracting(Finding::status)
                .contains(FindingStatus.CLOSED, FindingStatus.AWAITING_ACCEPTANCE, FindingStatus.OPEN);
        assertThat(as.run("fzb", () -> groups.groups(year))).isNotEmpty();
        assertThat(mvc.get().uri("/console/governance?year=" + year).with(console(users, "fzb"))).hasStatusOk()
                .bodyText().contains("示范县法治政府建设领导小组", "林正言");
        assertThat(mvc.get().uri("/lists")).hasStatusOk().bodyText().contains("示范县市场监督管理局");
    }
}
