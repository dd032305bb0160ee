package org.fazhi.enforcement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.enforcement.CaseStatus;
import org.fazhi.enforcement.Circumstance;
import org.fazhi.enforcement.ClosingRequest;
import org.fazhi.enforcement.DecisionOutcome;
import org.fazhi.enforcement.DecisionRequest;
import org.fazhi.enforcement.DiscussionRequest;
import org.fazhi.enforcement.EnforcementCase;
import org.fazhi.enforcement.EnforcementTestBase;
import org.fazhi.enforcement.EvidenceStage;
import org.fazhi.enforcement.ExecutionMethod;
import org.fazhi.enforcement.ExecutionRequest;
import org.fazhi.enforcement.Harm;
import org.fazhi.enforcement.HearingRequest;
import org.fazhi.enforcement.PartyKind;
import org.fazhi.enforcement.PartyRequest;
import org.fazhi.enforcement.PenaltyType;
import org.fazhi.enforcement.ProposalRequest;
import org.fazhi.enforcement.PublicationStepRequest;
import org.fazhi.enforcement.ServiceMethod;
import org.fazhi.enforcement.ServiceRequest;
import org.fazhi.enforcement.SummaryRequest;
import org.fazhi.enforcement.ActRequest;
import org.fazhi.enforcement.ActKind;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each refusal of the law on a case, named as the rule: PN-01 (two officers with valid certificates of
 * the agency, at that moment; auxiliary staff never count), the benchmark (a deviation needs a reason),
 * PN-02 (a listed case is not penalised), PN-05 (no decision without a passing review where the catalog
 * asks for one; collective discussion of a major case), PN-06 (a late decision is flagged), PN-07 (the
 * hearing window and notice), PN-08 (summary limits), PN-04 (no archive with an incomplete record) and
 * TS-01 (late publicity flagged).
 */
@FazhiIT
class CaseRefusalsIT extends EnforcementTestBase {

    @Autowired
    Deadlines deadlines;

    @Test
    void openingWithOneOfficerIsRefused() {
        refused(() -> open("一人执法", List.of(fx.a().id()), today(), false, false), "too-few-officers");
    }

    @Test
    void auxiliaryStaffNeverCountAmongTheTwoOfficers() {
        refused(() -> open("辅助人员", List.of(fx.a().id(), fx.auxiliary().id()), today(), false, false),
                "not-an-officer");
    }

    @Test
    void openingWithAnExpiredCertificateIsRefused() {
        refused(() -> open("证件过期", List.of(fx.a().id(), fx.expired().id()), today(), false, false),
                "certificate-expired");
    }

    @Test
    void openingWithASuspendedCertificateIsRefused() {
        refused(() -> open("证件暂扣", List.of(fx.a().id(), fx.suspended().id()), today(), false, false),
                "certificate-suspended");
    }

    @Test
    void openingWithAnotherAgencysCertificateIsRefused() {
        refused(() -> open("外单位证件", List.of(fx.a().id(), fx.foreign().id()), today(), false, false),
                "certificate-foreign");
    }

    @Test
    void anActAfterACertificateExpiredIsRefusedAtThatMoment() {
        LocalDate expiry = fx.a().expiresOn();
        on(expiry.minusDays(5));
        EnforcementCase c = open("到期前立案");
        on(expiry.plusDays(1));
        refused(() -> officer(() -> cases.recordAct(c.id(), new ActRequest(ActKind.INQUIRY, null, "办公室",
                "询问当事人", null))), "certificate-expired");
        assertThat(as(fx.officer(), () -> guide.of(c.id())).step("record-act").code()).isEqualTo("certificate-expired");
    }

    @Test
    void aPenaltyOutsideTheBenchmarkWithoutAReasonIsRefused() {
        EnforcementCase c = open("超出基准");
        refused(() -> fine(c.id(), "8000"), "benchmark-deviation");
        EnforcementCase p = propose(c.id(), fx.violation(), Circumstance.GENERAL, PenaltyType.FINE, "8000",
                "当事人拒不改正且多次违法，从重处罚");
        assertThat(p.deviationReason()).contains("拒不改正");
        notice(c.id(), today());
        waive(c.id());
        var review = officer(() -> cases.submitForReview(c.id()));
        assertThat(review.subject().title()).contains(p.caseNo());
    }

    @Test
    void aCaseOnTheMinorOffenceListIsSteeredToNoPenaltyWithAnEducationRecord() {
        EnforcementCase c = open("轻微免罚");
        refused(() -> officer(() -> cases.propose(c.id(), new ProposalRequest(fx.minorViolation(),
                Circumstance.GENERAL, false, Harm.NONE, true, DecisionOutcome.PENALTY, PenaltyType.FINE,
                new BigDecimal("800"), null, null, null, null))), "exempt-no-penalty");
        EnforcementCase p = officer(() -> cases.propose(c.id(), new ProposalRequest(fx.minorViolation(), null, false,
                Harm.NONE, true, DecisionOutcome.NO_PENALTY, null, null, null, null, null, null)));
        assertThat(p.exemptionItemId()).isNotNull();
        notice(c.id(), today());
        waive(c.id());
        invalid(() -> decide(c.id()), "educationRecord");
        EnforcementCase d = officer(() -> cases.decide(c.id(), new DecisionRequest(null, "决定不予行政处罚。", today(),
                "对当事人进行了法治宣传教育，当事人已当场改正。", null)));
        assertThat(d.outcome()).isEqualTo(DecisionOutcome.NO_PENALTY);
        assertThat(d.educationRecord()).contains("教育");
    }

    @Test
    void aDecisionOnTheReviewCatalogWithoutAPassingReviewIsRefused() {
        EnforcementCase c = open("较大数额罚款");
        propose(c.id(), fx.violation(), Circumstance.SERIOUS, PenaltyType.FINE, "12000", null);
        notice(c.id(), today());
        waive(c.id());
        refused(() -> decide(c.id()), "review-not-reviewed");
        var review = officer(() -> cases.submitForReview(c.id()));
        assertThat(officer(() -> cases.get(c.id())).status()).isEqualTo(CaseStatus.IN_REVIEW);
        as(fx.reviewer(), () -> reviews.conclude(review.id(), new org.fazhi.review.ConclusionRequest(
                org.fazhi.review.ReviewOutcome.LAWFUL, "经审核合法。", List.of(), "材料齐全")));
        assertThat(officer(() -> cases.get(c.id())).status()).isEqualTo(CaseStatus.REVIEWED);
        refused(() -> decide(c.id()), "discussion-required");
        officer(() -> cases.discuss(c.id(), new DiscussionRequest(null, "局务会议", "同意处罚", null)));
        assertThat(decide(c.id()).status()).isEqualTo(CaseStatus.DECIDED);
    }

    @Test
    void anUnlawfulReviewRefusesTheDecision() {
        EnforcementCase c = open("审核不通过");
        propose(c.id(), fx.violation(), Circumstance.SERIOUS, PenaltyType.FINE, "15000", null);
        notice(c.id(), today());
        waive(c.id());
        var review = officer(() -> cases.submitForReview(c.id()));
        as(fx.reviewer(), () -> reviews.conclude(review.id(), new org.fazhi.review.ConclusionRequest(
                org.fazhi.review.ReviewOutcome.UNLAWFUL, "证据不足。", List.of(), "证据明显不足")));
        refused(() -> decide(c.id()), "review-unlawful");
    }

    @Test
    void aDecisionAfterTheNinetyDaysIsMadeButFlaggedLate() {
        LocalDate opened = today().minusDays(120);
        on(opened);
        EnforcementCase c = open("超期决定");
        clock.reset();
        fine(c.id(), "2000");
        notice(c.id(), today());
        waive(c.id());
        EnforcementCase d = decide(c.id());
        TrackedDeadline deadline = deadlines.find(d.decisionDeadlineId()).orElseThrow();
        assertThat(deadline.dueDate()).isBefore(today());
        assertThat(deadline.late()).as("the decision deadline met late").isTrue();
    }

    @Test
    void latePublicityIsFlaggedAndOverdueShown() {
        LocalDate decided = today().minusDays(40);
        on(decided.minusDays(5));
        EnforcementCase c = open("公示超期");
        fine(c.id(), "1500");
        notice(c.id(), decided.minusDays(5));
        waive(c.id());
        on(decided);
        decide(c.id());
        clock.reset();
        var standing = officer(() -> publications.standing(c.id()));
        assertThat(standing.deadline().orElseThrow().dueDate()).isBefore(today());
        assertThat(standing.overdue()).as("overdue before publication").isTrue();
        officer(() -> publications.publish(c.id(), new PublicationStepRequest(null, null, null)));
        var after = officer(() -> publications.standing(c.id()));
        assertThat(after.late()).as("published late").isTrue();
        assertThat(after.publication()).isPresent();
    }

    @Test
    void aHearingAskedAfterTheWindowIsRefusedAndTheNoticeMustComeSevenWorkingDaysBefore() {
        LocalDate notified = today().minusDays(20);
        on(notified.minusDays(5));
        EnforcementCase c = open("听证");
        clock.reset();
        propose(c.id(), fx.violation(), Circumstance.SERIOUS, PenaltyType.FINE, "12000", null);
        EnforcementCase n = notice(c.id(), notified);
        assertThat(n.hearingRights()).as("a fine of 12000 on a natural person carries a hearing (EN-05)").isTrue();
        refused(() -> officer(() -> cases.requestHearing(c.id(), new PartyRequest(null, null))),
                "hearing-request-late");
        EnforcementCase d = open("听证二");
        propose(d.id(), fx.violation(), Circumstance.SERIOUS, PenaltyType.FINE, "12000", null);
        notice(d.id(), today());
        officer(() -> cases.requestHearing(d.id(), new PartyRequest(null, null)));
        refused(() -> decide(d.id()), "hearing-pending");
        invalid(() -> officer(() -> cases.scheduleHearing(d.id(), new HearingRequest(today(), today().plusDays(3), null,
                null))), "on");
    }

    @Test
    void aSummaryFineAboveTheLimitIsRefused() {
        refused(() -> officer(() -> cases.openSummary(new SummaryRequest(fx.agency().id(), fx.power().id(),
                "当场处罚超限", PartyKind.NATURAL_PERSON, "李测试", null, null, null, false, "现场发现违法行为",
                fx.violation(), PenaltyType.FINE, new BigDecimal("500"), null, "现场", "罚款五百元", fx.pair(),
                List.of()))), "summary-outside-limits");
        EnforcementCase ok = officer(() -> cases.openSummary(new SummaryRequest(fx.agency().id(), fx.power().id(),
                "当场处罚", PartyKind.NATURAL_PERSON, "李测试", null, null, null, false, "现场发现违法行为", null,
                PenaltyType.FINE, new BigDecimal("200"), null, "现场", "罚款二百元", fx.pair(), List.of())));
        assertThat(ok.status()).isEqualTo(CaseStatus.SERVED);
        assertThat(ok.decisionNo()).isNotBlank();
    }

    @Test
    void archivingWithAnIncompleteRecordIsRefused() {
        EnforcementCase c = open("归档不全");
        propose(c.id(), fx.violation(), Circumstance.SLIGHT, PenaltyType.WARNING, null, null);
        notice(c.id(), today());
        waive(c.id());
        decide(c.id());
        officer(() -> cases.serve(c.id(), new ServiceRequest(null, ServiceMethod.DIRECT, null)));
        officer(() -> cases.close(c.id(), new ClosingRequest(null, null, null)));
        refused(() -> officer(() -> cases.archive(c.id(), new ClosingRequest(null, null, null))), "record-incomplete");
        for (EvidenceStage s : List.of(EvidenceStage.OPENING, EvidenceStage.INVESTIGATION, EvidenceStage.NOTICE,
                EvidenceStage.DECISION, EvidenceStage.SERVICE)) {
            addEvidence(c.id(), s);
        }
        assertThat(officer(() -> cases.archive(c.id(), new ClosingRequest(null, null, null))).status())
                .isEqualTo(CaseStatus.ARCHIVED);
        refused(() -> officer(() -> cases.execute(c.id(), new ExecutionRequest(null, ExecutionMethod.FULFILLED,
                null, null))), "wrong-status");
    }
}
