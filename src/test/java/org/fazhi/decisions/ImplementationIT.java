package org.fazhi.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * After the decision: published (MD-08) only once decided; milestones with their responsible units on
 * the 督办台 (under MD-11); post-evaluation by an evaluator other than the one that argued or assessed it
 * (MD-10); suspended, resumed and changed only through the procedure (MD-11), a change not adopted
 * leaving the decision in force; archived only with the file complete and every milestone reached
 * (MD-09), and the process record saying who did what.
 */
@FazhiIT
class ImplementationIT extends DecisionsTestBase {

    @Autowired
    Deadlines deadlines;

    @Test
    void aDecisionIsPublishedOnlyOnceDecidedAndItsMilestonesAreOnTheSupervisionBoard() {
        on(LocalDate.of(2026, 5, 4));
        MajorDecision reviewed = reviewed("城区垃圾分类实施方案");
        refused(() -> as(fx.drafter(), () -> decisions.publish(reviewed.id(), publication(today()))), "not-decided");

        MajorDecision d = decided("农村公路养护体制改革");
        invalid(() -> as(fx.drafter(), () -> decisions.publish(d.id(), publication(today().plusDays(1)))),
                "publicationDate");
        MajorDecision published = as(fx.drafter(), () -> decisions.publish(d.id(), publication(today())));
        assertThat(published.status()).isEqualTo(DecisionStatus.IMPLEMENTING);
        assertThat(published.publicationDate()).isEqualTo(today());

        invalid(() -> as(fx.drafter(), () -> milestones.add(d.id(), new MilestoneRequest("外单位节点", fx.other(),
                today().plusDays(30)))), "responsibleUnitId");
        Milestone first = as(fx.drafter(), () -> milestones.add(d.id(), new MilestoneRequest("完成养护站点布局",
                fx.sponsor(), LocalDate.of(2026, 5, 20))));
        TrackedDeadline tracked = deadlines.find(first.deadlineId()).orElseThrow();
        assertThat(tracked.ruleId()).isEqualTo("MD-11");
        assertThat(tracked.dueDate()).isEqualTo(LocalDate.of(2026, 5, 20));
        assertThat(tracked.ownerUnitId()).isEqualTo(fx.sponsor());

        refused(() -> as(fx.drafter(), () -> decisions.archive(d.id(), new ArchiveRequest("JC-2026-001"))),
                "milestones-open");
        on(LocalDate.of(2026, 5, 25));
        Milestone done = as(fx.drafter(), () -> milestones.complete(d.id(), first.id(),
                new CompletionRequest(LocalDate.of(2026, 5, 22), "养护站点布局已完成")));
        assertThat(done.onTime()).isFalse();
        assertThat(deadlines.find(first.deadlineId()).orElseThrow().late()).isTrue();
        refused(() -> as(fx.drafter(), () -> decisions.archive(d.id(), new ArchiveRequest("JC-2026-001"))),
                "archive-incomplete");
        as(fx.drafter(), () -> milestones.report(d.id(), new ProgressRequest(first.id(), today(), 100,
                "养护站点已全部建成并投入使用。")));
        MajorDecision archived = as(fx.drafter(), () -> decisions.archive(d.id(), new ArchiveRequest("JC-2026-001")));
        assertThat(archived.status()).isEqualTo(DecisionStatus.ARCHIVED);
        assertThat(as(fx.drafter(), () -> decisions.processRecord(d.id()))).extracting(ProcessRecord::step)
                .contains("create", "submit-for-review", "review-concluded", "table", "decide-passed", "publish",
                        "add-milestone", "complete-milestone", "report-progress", "archive");
        assertThat(as(fx.drafter(), () -> decisions.processRecord(d.id()))).filteredOn(p -> p.step().equals("table"))
                .singleElement().satisfies(p -> assertThat(p.actorName()).isEqualTo("测试" + fx.keeper()));
    }

    @Test
    void theUnitThatArguedOrAssessedTheDecisionCannotEvaluateIt() {
        on(LocalDate.of(2026, 5, 6));
        MajorDecision d = start("县城集中供热", new DecisionAttributes(false, false, false, false, true), null);
        as(fx.drafter(), () -> risks.record(d.id(), new RiskAssessmentRequest(fx.evaluator(), null, "供热价格上涨",
                RiskAssessment.RiskLevel.LOW, "分档定价", "设立热线", true, today())));
        org.fazhi.review.LegalityReview r = as(fx.drafter(), () -> decisions.submitForReview(d.id()));
        as(fx.reviewer(), () -> reviews.conclude(r.id(), new org.fazhi.review.ConclusionRequest(
                org.fazhi.review.ReviewOutcome.LAWFUL, "合法。", List.of(), "提前办结")));
        Meeting m = meeting(MeetingKind.PLENARY);
        MeetingTopic t = as(fx.keeper(), () -> meetings.tableDecision(m.id(), d.id()));
        Meeting held = attended(m.id());
        as(fx.keeper(), () -> meetings.recordDeliberation(m.id(), t.id(), new DeliberationRecordRequest(List.of(
                new DeliberationRecordRequest.Speech(held.head().id(), MeetingTopic.Stance.AGREE, "同意。")),
                MeetingTopic.TopicOutcome.PASSED, null, null)));
        as(fx.drafter(), () -> decisions.publish(d.id(), publication(today())));

        refused(() -> as(fx.drafter(), () -> evaluations.evaluate(d.id(), evaluation(fx.evaluator(), null))),
                "evaluator-not-independent");
        DecisionEvaluation e = as(fx.drafter(), () -> evaluations.evaluate(d.id(), evaluation(null,
                "省城某大学公共政策研究院")));
        assertThat(e.evaluatorName()).isEqualTo("省城某大学公共政策研究院");
        assertThat(e.conclusion()).isEqualTo(DecisionEvaluation.Conclusion.CONTINUE);
    }

    @Test
    void aDecisionInForceIsSuspendedAndChangedOnlyThroughTheProcedure() {
        on(LocalDate.of(2026, 5, 7));
        MajorDecision d = decided("公共停车场收费标准");
        as(fx.drafter(), () -> decisions.publish(d.id(), publication(today())));
        refused(() -> as(fx.drafter(), () -> decisions.stop(d.id(), new StopRequest("不想执行了"))), "decided");

        MajorDecision suspended = as(fx.drafter(), () -> decisions.suspend(d.id(), new SuspensionRequest(
                "收费系统故障", "县长依紧急情况先行决定中止执行")));
        assertThat(suspended.status()).isEqualTo(DecisionStatus.SUSPENDED);
        assertThat(as(fx.drafter(), () -> decisions.resume(d.id(), new ResumptionRequest("系统已修复"))).status())
                .isEqualTo(DecisionStatus.IMPLEMENTING);

        MajorDecision changing = as(fx.drafter(), () -> decisions.startChange(d.id(), new ChangeRequest(
                "物价上涨，拟调整收费标准", "公共停车场收费标准（调整）", "第一条 调整后的收费标准……", "调整说明")));
        assertThat(changing.status()).isEqualTo(DecisionStatus.DRAFTING);
        assertThat(changing.roundNo()).isEqualTo(2);
        assertThat(changing.currentVersionId()).isNotEqualTo(d.decidedVersionId());
        assertThat(as(fx.keeper(), () -> guide.of(d.id())).step("table").code()).isEqualTo("review-version-not-reviewed");

        org.fazhi.review.LegalityReview r = as(fx.drafter(), () -> decisions.submitForReview(d.id()));
        as(fx.reviewer(), () -> reviews.conclude(r.id(), new org.fazhi.review.ConclusionRequest(
                org.fazhi.review.ReviewOutcome.LAWFUL, "合法。", List.of(), "提前办结")));
        Meeting m = meeting(MeetingKind.PLENARY);
        MeetingTopic t = as(fx.keeper(), () -> meetings.tableDecision(m.id(), d.id()));
        Meeting held = attended(m.id());
        as(fx.keeper(), () -> meetings.recordDeliberation(m.id(), t.id(), new DeliberationRecordRequest(List.of(
                new DeliberationRecordRequest.Speech(held.attendees().get(1).id(), MeetingTopic.Stance.DISAGREE, "不同意调整。"),
                new DeliberationRecordRequest.Speech(held.attendees().get(2).id(), MeetingTopic.Stance.DISAGREE, "不同意。"),
                new DeliberationRecordRequest.Speech(held.head().id(), MeetingTopic.Stance.DISAGREE, "暂不调整。")),
                MeetingTopic.TopicOutcome.NOT_PASSED, null, null)));
        MajorDecision kept = as(fx.drafter(), () -> decisions.get(d.id()));
        assertThat(kept.status()).isEqualTo(DecisionStatus.IMPLEMENTING);
        assertThat(kept.currentVersionId()).isEqualTo(d.decidedVersionId());
        assertThat(kept.decidedVersionId()).isEqualTo(d.decidedVersionId());
    }

    private static DecisionPublicationRequest publication(LocalDate on) {
        return new DecisionPublicationRequest(on, "县人民政府网站；县政府公报", "示政发〔2026〕8号");
    }

    private DecisionEvaluationRequest evaluation(Long unit, String name) {
        return new DecisionEvaluationRequest(DecisionEvaluation.Trigger.MANY_OBJECTIONS, unit, name, today(),
                "评估报告：供热价格总体平稳……", DecisionEvaluation.Conclusion.CONTINUE);
    }
}
