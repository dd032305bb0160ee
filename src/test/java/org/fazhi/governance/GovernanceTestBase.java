package org.fazhi.governance;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.support.TestClock;
import org.fazhi.units.ActingAs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** What the governance tests share: the services, the test clock, one {@link GovernanceFixture} per class. */
abstract class GovernanceTestBase {

    private static final Map<Class<?>, GovernanceFixture> FIXTURES = new ConcurrentHashMap<>();

    @Autowired
    ApplicationContext ctx;
    @Autowired
    ActingAs actingAs;
    @Autowired
    TestClock clock;
    @Autowired
    WorkPlans plans;
    @Autowired
    PlanTasks tasks;
    @Autowired
    TaskGuide taskGuide;
    @Autowired
    RuleOfLawMeetings meetings;
    @Autowired
    RuleOfLawInspections inspections;
    @Autowired
    Rectifications rectifications;
    @Autowired
    FindingGuide findingGuide;
    @Autowired
    LeadingGroups groups;
    @Autowired
    AssessmentWeights weights;
    @Autowired
    GovernanceTargets targets;
    @Autowired
    Deadlines deadlines;

    GovernanceFixture fx;

    @BeforeEach
    void fixture() {
        fx = FIXTURES.computeIfAbsent(getClass(), k -> GovernanceFixture.create(ctx));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    <T> T as(String user, Supplier<T> work) {
        return actingAs.run(user, work);
    }

    void as(String user, Runnable work) {
        actingAs.run(user, work);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    static List<Evidence> evidence(String name) {
        return List.of(new Evidence(new ByteArrayInputStream(("证明材料：" + name).getBytes(StandardCharsets.UTF_8)),
                name + ".txt", "text/plain"));
    }

    /** An issued plan of the fixture's town with one task per row: {task no, content, lead, co, due}. */
    WorkPlan issuedPlan(int year, LocalDate issuedOn, String[]... rows) {
        WorkPlan p = as(fx.office(), () -> plans.create(new PlanRequest(fx.town(), year, PlanKind.ANNUAL_POINTS,
                year + "年法治政府建设工作要点" + fx.tag(), null)));
        List<WorkPlans.Row> list = new java.util.ArrayList<>();
        int n = 1;
        for (String[] r : rows) {
            list.add(new WorkPlans.Row(++n, r[0], r[1], r[2], r[3], LocalDate.parse(r[4])));
        }
        var report = as(fx.office(), () -> plans.loadTasks(p.id(), list, null));
        if (!report.ok()) {
            throw new IllegalStateException(report.errors().toString());
        }
        return as(fx.office(), () -> plans.issue(p.id(), new PlanIssueRequest(issuedOn)));
    }

    PlanTask only(WorkPlan p) {
        return as(fx.office(), () -> plans.tasks(p.id())).get(0);
    }
}
