package org.fazhi.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.participation.CommentRequest;
import org.fazhi.participation.ConsultationKind;
import org.fazhi.participation.Disposition;
import org.fazhi.participation.DispositionRequest;
import org.fazhi.participation.PublicComment;
import org.fazhi.participation.PublicConsultation;
import org.fazhi.review.ConclusionRequest;
import org.fazhi.review.LegalityReview;
import org.fazhi.review.ReviewOutcome;
import org.fazhi.shared.procedure.StepCheck;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;

/**
 * The procedure of a major decision up to the meeting, each refusal named as the rule: only a catalog
 * item starts one (MD-01); the procedures its attributes require, each done or waived with a reason,
 * never legality review (MD-06); public participation of at least 30 days, shorter only with the
 * reason stated (MD-02), with comments on an article of the draft; legality review of the exact
 * version, which a consultation never stands in for; stopping the procedure.
 */
@FazhiIT
class DecisionProcedureIT extends DecisionsTestBase {

    @Test
    void onlyAnItemListedOnAPublishedCatalogStartsADecisionAndOnlyOnce() {
        on(LocalDate.of(2026, 4, 1));
        DecisionCatalog draft = as(fx.keeper(), () -> catalogs.create(new CatalogRequest(fx.government(), 2031,
                "未公布目录")));
        CatalogItem unpublished = as(fx.keeper(), () -> catalogs.addItem(draft.id(), fx.item("未公布事项")));
        refused(() -> as(fx.drafter(), () -> decisions.create(request(unpublished.id()))), "not-on-catalog");

        CatalogItem item = newItem("城区供水价格调整");
        MajorDecision d = as(fx.drafter(), () -> decisions.create(request(item.id())));
        assertThat(d.status()).isEqualTo(DecisionStatus.DRAFTING);
        assertThat(d.unitId()).isEqualTo(fx.sponsor());
        assertThat(d.decidingUnitId()).isEqualTo(fx.government());
        refused(() -> as(fx.drafter(), () -> decisions.create(request(item.id()))), "item-in-procedure");
        refused(() -> as(fx.outsider(), () -> decisions.create(request(newItem("越权事项").id()))),
                "not-sponsoring-unit");

        CatalogItem removed = newItem("拟删除事项");
        as(fx.keeper(), () -> catalogs.amend(catalog().id(), new AmendmentRequest(CatalogAmendment.AmendmentKind.REMOVE,
                removed.id(), null, "不再列入", new ApprovalRequest("中共测试县委", null, LocalDate.of(2026, 3, 1)))));
        refused(() -> as(fx.drafter(), () -> decisions.create(request(removed.id()))), "not-on-catalog");
        assertThat(as(fx.drafter(), () -> decisions.processRecord(d.id()))).extracting(ProcessRecord::step)
                .containsExactly("create");
        notFound(() -> as(fx.outsider(), () -> decisions.get(d.id())));
    }

    @Test
    void theProceduresFollowFromTheAttributesAndGoingWithoutOneNeedsAReason() {
        on(LocalDate.of(2026, 4, 1));
        MajorDecision d = start("燃气管网改造", new DecisionAttributes(false, false, false, true, true), null);
        assertThat(as(fx.drafter(), () -> guide.procedures(d.id()))).filteredOn(ProcedureState::required)
                .extracting(ProcedureState::procedure).containsExactly(RequiredProcedure.EXPERT_ARGUMENTATION,
                        RequiredProcedure.RISK_ASSESSMENT, RequiredProcedure.LEGALITY_REVIEW,
                        RequiredProcedure.COLLECTIVE_DECISION);
        refused(() -> as(fx.drafter(), () -> decisions.submitForReview(d.id())), "expert-argumentation-required");
        assertThat(step(d, "submit-for-review").code()).isEqualTo("expert-argumentation-required");

        refused(() -> as(fx.drafter(), () -> decisions.waive(d.id(), new WaiverRequest(RequiredProcedure.LEGALITY_REVIEW,
                "时间紧"))), "not-waivable");
        refused(() -> as(fx.drafter(), () -> decisions.waive(d.id(), new WaiverRequest(RequiredProcedure.HEARING,
                "不需要"))), "not-required");
        Waiver w = as(fx.drafter(), () -> decisions.waive(d.id(), new WaiverRequest(
                RequiredProcedure.EXPERT_ARGUMENTATION, "技术方案已经省级行业主管部门审定，无需另行论证")));
        assertThat(w.reason()).contains("省级行业主管部门");
        refused(() -> as(fx.drafter(), () -> decisions.submitForReview(d.id())), "risk-assessment-required");

        as(fx.drafter(), () -> risks.record(d.id(), risk(false)));
        refused(() -> as(fx.drafter(), () -> decisions.submitForReview(d.id())), "risk-uncontrollable");
        as(fx.drafter(), () -> risks.record(d.id(), risk(true)));
        LegalityReview r = as(fx.drafter(), () -> decisions.submitForReview(d.id()));
        assertThat(r.subject().versionId()).isEqualTo(d.currentVersionId());
        assertThat(as(fx.drafter(), () -> decisions.get(d.id())).status()).isEqualTo(DecisionStatus.REVIEWING);
        assertThat(as(fx.drafter(), () -> guide.procedures(d.id()))).filteredOn(p -> p.procedure()
                == RequiredProcedure.EXPERT_ARGUMENTATION).singleElement()
                .satisfies(p -> assertThat(p.waived()).isTrue());
    }

    @Test
    void publicParticipationRunsThirtyDaysUnlessShortenedWithTheReasonStatedAndTakesArticleComments() {
        LocalDate opened = LocalDate.of(2026, 4, 1);
        on(opened);
        MajorDecision d = start("公交线网优化", new DecisionAttributes(true, false, false, false, false), null);
        LocalDate earliest = participation.earliestClose(ConsultationKind.MAJOR_DECISION, opened);
        assertThat(earliest).isAfterOrEqualTo(opened.plusDays(30));
        refused(() -> as(fx.drafter(), () -> decisions.openConsultation(d.id(),
                new DecisionConsultationRequest(opened.plusDays(20), " "))), "window-too-short");
        refused(() -> as(fx.drafter(), () -> decisions.submitForReview(d.id())), "participation-required");

        PublicConsultation c = as(fx.drafter(), () -> decisions.openConsultation(d.id(),
                new DecisionConsultationRequest(earliest, null)));
        assertThat(c.kind()).isEqualTo(ConsultationKind.MAJOR_DECISION);
        assertThat(c.minimumRule()).isEqualTo("MD-02");
        assertThat(c.versionId()).isEqualTo(d.currentVersionId());
        PublicComment onArticle = participation.comment(c.id(), new CommentRequest(null, "13800001234", null,
                "第二条应明确线路调整的征询方式。", 2));
        assertThat(onArticle.articleNo()).isEqualTo(2);

        on(earliest);
        refused(() -> as(fx.drafter(), () -> decisions.closeConsultation(d.id())), "consultation-too-early");
        on(earliest.plusDays(1));
        as(fx.drafter(), () -> decisions.closeConsultation(d.id()));
        refused(() -> as(fx.drafter(), () -> decisions.submitForReview(d.id())), "comments-undisposed");
        as(fx.drafter(), () -> participation.dispose(onArticle.id(), new DispositionRequest(Disposition.ADOPTED, null)));
        assertThat(step(d, "submit-for-review").allowed()).isTrue();

        // shortened for urgency: the reason is stated when the draft is put out, and the window may close after it
        MajorDecision urgent = start("汛期临时交通管制", new DecisionAttributes(true, false, false, false, false), null);
        PublicConsultation shortWindow = as(fx.drafter(), () -> decisions.openConsultation(urgent.id(),
                new DecisionConsultationRequest(today().plusDays(10), "汛期将至，须在主汛期前实施")));
        assertThat(shortWindow.shortenedReason()).isEqualTo("汛期将至，须在主汛期前实施");
        assertThat(shortWindow.earliestClose()).isEqualTo(today().plusDays(10));
        on(today().plusDays(11));
        assertThat(as(fx.drafter(), () -> decisions.closeConsultation(urgent.id())).closedOn()).isEqualTo(today());
    }

    @Test
    void aConsultationNeverStandsInForLegalityReviewAndAnUnlawfulDraftCannotBeTabled() {
        on(LocalDate.of(2026, 4, 1));
        MajorDecision d = start("农贸市场搬迁", new DecisionAttributes(true, false, false, false, false), null);
        PublicConsultation c = as(fx.drafter(), () -> decisions.openConsultation(d.id(),
                new DecisionConsultationRequest(today().plusDays(5), "市场危房须尽快搬迁")));
        on(today().plusDays(6));
        as(fx.drafter(), () -> decisions.closeConsultation(d.id()));
        assertThat(step(d, "table").code()).as("the sponsor asks the government to table it")
                .isEqualTo("not-deciding-government");
        assertThat(tableStep(d).code()).isEqualTo("review-not-reviewed");

        LegalityReview r = as(fx.drafter(), () -> decisions.submitForReview(d.id()));
        assertThat(tableStep(d).code()).isEqualTo("review-pending");
        as(fx.reviewer(), () -> reviews.conclude(r.id(), new ConclusionRequest(ReviewOutcome.UNLAWFUL,
                "搬迁补偿标准缺乏法律依据。", List.of(), "材料齐全，提前办结")));
        MajorDecision reviewed = as(fx.drafter(), () -> decisions.get(d.id()));
        assertThat(reviewed.status()).isEqualTo(DecisionStatus.REVIEWED);
        assertThat(tableStep(d).code()).isEqualTo("review-unlawful");
        assertThat(as(fx.drafter(), () -> decisions.processRecord(d.id()))).extracting(ProcessRecord::step)
                .contains("open-consultation", "close-consultation", "submit-for-review", "review-concluded");
    }

    @Test
    void stoppingTheProcedureEndsItsWindowAndWithdrawsItsReview() {
        on(LocalDate.of(2026, 4, 1));
        MajorDecision consulting = start("停车场收费调整", new DecisionAttributes(true, false, false, false, false), null);
        PublicConsultation c = as(fx.drafter(), () -> decisions.openConsultation(consulting.id(),
                new DecisionConsultationRequest(participation.earliestClose(ConsultationKind.MAJOR_DECISION, today()),
                        null)));
        as(fx.drafter(), () -> decisions.stop(consulting.id(), new StopRequest("上级政策调整，暂不决策")));
        assertThat(as(fx.drafter(), () -> decisions.get(consulting.id())).status()).isEqualTo(DecisionStatus.STOPPED);
        assertThat(participation.publicView(c.id())).isEmpty();

        MajorDecision reviewing = start("殡葬设施规划", only(), null);
        LegalityReview r = as(fx.drafter(), () -> decisions.submitForReview(reviewing.id()));
        as(fx.drafter(), () -> decisions.stop(reviewing.id(), new StopRequest("并入其他事项")));
        assertThat(as(fx.reviewer(), () -> reviews.get(r.id())).status())
                .isEqualTo(org.fazhi.review.ReviewStatus.WITHDRAWN);
        refused(() -> as(fx.drafter(), () -> decisions.stop(reviewing.id(), new StopRequest("再次终止"))),
                "wrong-status");
    }

    /** The guide's "table" step as the deciding government's 法治办 sees it (only the government tables). */
    private StepCheck tableStep(MajorDecision d) {
        return as(fx.keeper(), () -> guide.of(d.id())).step("table");
    }

    private StepCheck step(MajorDecision d, String step) {
        return as(fx.drafter(), () -> guide.of(d.id())).step(step);
    }

    private DecisionRequest request(long itemId) {
        return new DecisionRequest(itemId, null, false, false, false, false, false, null, "第一条 略。", "说明");
    }

    static RiskAssessmentRequest risk(boolean controllable) {
        return new RiskAssessmentRequest(null, "县社会稳定风险评估中心", "施工期间道路占用；燃气中断",
                controllable ? RiskAssessment.RiskLevel.MEDIUM : RiskAssessment.RiskLevel.HIGH, "分段施工，提前公告",
                "设立应急抢修队伍，制定停气应急预案", controllable, LocalDate.of(2026, 3, 30));
    }
}
