package org.fazhi.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.assessment.Assessment;
import org.fazhi.assessment.MetricRecord;
import org.fazhi.assessment.MetricValue;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The figures of major decisions name their numerator and denominator and the records behind them:
 * the decisions made in the year, each with a passing legality review of the version decided and a
 * collective decision on the record (SD-04, 100%); a required procedure waived with a reason is not
 * done (the reason is the record's note); a milestone reached after its day is not on time; the
 * catalog of the year published (MD-01).
 */
@FazhiIT
class DecisionsMetricsIT extends DecisionsTestBase {

    @Autowired
    Assessment assessment;

    @Test
    void theFiguresCountTheDecisionsOfTheYearWithTheRecordsBehindThem() {
        on(LocalDate.of(2026, 7, 1));
        MajorDecision plain = decided("城区道路停车泊位设置");
        MajorDecision waived = start("社区卫生服务站布局", new DecisionAttributes(true, false, false, false, false), null);
        as(fx.drafter(), () -> decisions.waive(waived.id(), new WaiverRequest(RequiredProcedure.PUBLIC_PARTICIPATION,
                "涉及国家秘密，依法不予公开")));
        org.fazhi.review.LegalityReview r = as(fx.drafter(), () -> decisions.submitForReview(waived.id()));
        as(fx.reviewer(), () -> reviews.conclude(r.id(), new org.fazhi.review.ConclusionRequest(
                org.fazhi.review.ReviewOutcome.LAWFUL, "合法。", List.of(), "材料齐全，提前办结")));
        Meeting m = meeting(MeetingKind.PLENARY);
        MeetingTopic t = as(fx.keeper(), () -> meetings.tableDecision(m.id(), waived.id()));
        Meeting held = attended(m.id());
        as(fx.keeper(), () -> meetings.recordDeliberation(m.id(), t.id(), new DeliberationRecordRequest(List.of(
                new DeliberationRecordRequest.Speech(held.head().id(), MeetingTopic.Stance.AGREE, "同意。")),
                MeetingTopic.TopicOutcome.PASSED, null, "通过。")));

        as(fx.drafter(), () -> decisions.publish(plain.id(), new DecisionPublicationRequest(today(), "县政府网站", null)));
        Milestone late = as(fx.drafter(), () -> milestones.add(plain.id(), new MilestoneRequest("完成泊位施划",
                fx.sponsor(), LocalDate.of(2026, 7, 10))));
        on(LocalDate.of(2026, 7, 20));
        as(fx.drafter(), () -> milestones.complete(plain.id(), late.id(), new CompletionRequest(today(), "已完成")));

        MetricValue decided = figure("decisions.decided");
        assertThat(decided.numerator()).isEqualTo(2);
        var review = as(fx.keeper(), () -> assessment.figure("decisions.legality-review-rate", fx.government(), 2026));
        assertThat(review.metric().ruleId()).isEqualTo("SD-04");
        assertThat(review.value().numerator()).isEqualTo(2);
        assertThat(review.value().denominator()).isEqualTo(2);
        assertThat(figure("decisions.collective-decision-rate").numerator()).isEqualTo(2);

        MetricValue participation = figure("decisions.participation-done");
        assertThat(participation.numerator()).isZero();
        assertThat(participation.denominator()).isEqualTo(1);
        assertThat(records("decisions.participation-done")).singleElement().satisfies(x -> {
            assertThat(x.counted()).isFalse();
            assertThat(x.note()).isEqualTo("涉及国家秘密，依法不予公开");
            assertThat(x.link()).isEqualTo("/console/decisions/" + waived.id());
        });
        MetricValue onTime = figure("decisions.milestones-on-time");
        assertThat(onTime.numerator()).isZero();
        assertThat(onTime.denominator()).isEqualTo(1);
        assertThat(figure("decisions.catalog-published").numerator()).isEqualTo(1);
        assertThat(as(fx.keeper(), () -> assessment.figure("decisions.decided", fx.government(), 2025)).value()
                .numerator()).as("nothing decided the year before").isZero();
    }

    private MetricValue figure(String id) {
        return as(fx.keeper(), () -> assessment.figure(id, fx.government(), 2026)).value();
    }

    private List<MetricRecord> records(String id) {
        return as(fx.keeper(), () -> assessment.records(id, fx.government(), 2026));
    }
}
