package org.fazhi.review.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.fazhi.deadlines.DeadlineStatus;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.deadlines.internal.DeadlineBoard;
import org.fazhi.deadlines.internal.DeadlineView;
import org.fazhi.normdocs.domain.NormdocsFixture;
import org.fazhi.review.ConclusionRequest;
import org.fazhi.review.LegalAdviser;
import org.fazhi.review.LegalAdvisers;
import org.fazhi.review.LegalityReviews;
import org.fazhi.review.ReviewOutcome;
import org.fazhi.review.LegalityReview;
import org.fazhi.review.ReviewStatus;
import org.fazhi.review.ReviewSubject;
import org.fazhi.review.SubmissionRequest;
import org.fazhi.review.ReviewType;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.PageQuery;
import org.fazhi.shared.RefusedException;
import org.fazhi.support.FazhiIT;
import org.fazhi.support.TestClock;
import org.fazhi.units.ActingAs;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The legality-review desk: the time limits of ND-02 on the official calendar (at least 5, at most
 * 15 working days) registered with the deadline register, the pause while materials are awaited,
 * overdue after the limit; only the desk's reviewers conclude, and before the minimum only with a
 * reason; advisers are consulted within their contract term and their uses counted.
 */
@FazhiIT
class ReviewDeskIT {

    /**
     * Received Friday 2025-09-26. Working days after it, from the 2025 notice: 9-28 (Sun, make-up) 1,
     * 9-29 2, 9-30 3, [10-01..10-08 holiday], 10-09 4, 10-10 5, 10-11 (Sat, make-up) 6, 10-13 7,
     * 10-14 8, 10-15 9, 10-16 10, 10-17 11, 10-20 12, 10-21 13, 10-22 14, 10-23 15.
     */
    static final LocalDate RECEIVED = LocalDate.of(2025, 9, 26);
    static final LocalDate EARLIEST = LocalDate.of(2025, 10, 10);
    static final LocalDate DUE = LocalDate.of(2025, 10, 23);

    private static NormdocsFixture fx;
    private static final AtomicLong SUBJECTS = new AtomicLong(System.nanoTime());

    @Autowired
    ApplicationContext ctx;
    @Autowired
    ActingAs actingAs;
    @Autowired
    TestClock clock;
    @Autowired
    LegalityReviews reviews;
    @Autowired
    LegalAdvisers advisers;
    @Autowired
    Deadlines deadlines;
    @Autowired
    DeadlineBoard board;

    @BeforeEach
    void fixture() {
        if (fx == null) {
            fx = NormdocsFixture.create(ctx);
        }
        clock.setDate(RECEIVED);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private <T> T as(String user, java.util.function.Supplier<T> work) {
        return actingAs.run(user, work);
    }

    private LegalityReview submit(String title) {
        long n = SUBJECTS.incrementAndGet();
        ReviewSubject subject = new ReviewSubject("reviewtest", "text", "t" + n, title, n, 1, "0".repeat(64), null);
        return as(fx.drafter(), () -> reviews.submit(new SubmissionRequest(ReviewType.NORMATIVE_DOCUMENT, subject,
                fx.town(), fx.town())));
    }

    private LegalityReview conclude(long id, String reason) {
        return as(fx.reviewer(), () -> reviews.conclude(id, new ConclusionRequest(ReviewOutcome.LAWFUL, "经审核，合法。",
                List.of(), reason)));
    }

    private static void refused(ThrowingCallable step, String code) {
        assertThatThrownBy(step).isInstanceOfSatisfying(RefusedException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void theReviewIsDueFifteenWorkingDaysAfterReceiptAcrossNationalDay() {
        LegalityReview r = submit("国庆前送审");
        assertThat(r.receivedOn()).isEqualTo(RECEIVED);
        assertThat(r.deskUnitId()).isEqualTo(fx.townDesk());
        assertThat(r.earliestConclusion()).isEqualTo(EARLIEST);
        assertThat(r.dueOn()).isEqualTo(DUE);
        TrackedDeadline deadline = deadlines.find(r.deadlineId()).orElseThrow();
        assertThat(deadline.ruleId()).isEqualTo("ND-02");
        assertThat(deadline.dueDate()).isEqualTo(DUE);
        assertThat(deadline.ownerUnitId()).isEqualTo(fx.townDesk());
        assertThat(deadline.status()).isEqualTo(DeadlineStatus.OPEN);
        refused(() -> submit2(r), "review-open");
    }

    private LegalityReview submit2(LegalityReview same) {
        return as(fx.drafter(), () -> reviews.submit(new SubmissionRequest(ReviewType.NORMATIVE_DOCUMENT,
                same.subject(), fx.town(), fx.town())));
    }

    @Test
    void concludingBeforeTheMinimumNeedsAReason() {
        LegalityReview r = submit("提前办结");
        LegalityReview onTime = submit("按期办结");
        clock.setDate(EARLIEST.minusDays(1));
        refused(() -> conclude(r.id(), null), "early-without-reason");
        refused(() -> conclude(r.id(), "  "), "early-without-reason");
        LegalityReview still = as(fx.reviewer(), () -> reviews.get(r.id()));
        assertThat(still.status()).isEqualTo(ReviewStatus.SUBMITTED);
        assertThat(deadlines.find(r.deadlineId()).orElseThrow().status()).isEqualTo(DeadlineStatus.OPEN);

        LegalityReview done = conclude(r.id(), "县政府交办，急需出台");
        assertThat(done.status()).isEqualTo(ReviewStatus.CONCLUDED);
        assertThat(done.earlyReason()).isEqualTo("县政府交办，急需出台");
        assertThat(done.concludedOn()).isEqualTo(EARLIEST.minusDays(1));
        assertThat(done.reviewerId()).isNotNull();
        assertThat(deadlines.find(r.deadlineId()).orElseThrow().status()).isEqualTo(DeadlineStatus.MET);

        clock.setDate(EARLIEST);
        LegalityReview concluded = conclude(onTime.id(), "无需理由");
        assertThat(concluded.earlyReason()).as("no early reason on or after the minimum").isNull();
    }

    @Test
    void lawfulWithChangesListsTheChanges() {
        LegalityReview r = submit("修改后合法");
        assertThatThrownBy(() -> as(fx.reviewer(), () -> reviews.conclude(r.id(), new ConclusionRequest(
                ReviewOutcome.LAWFUL_WITH_CHANGES, "修改后合法。", List.of(), "急需")))).isInstanceOf(
                        InvalidInputException.class);
        LegalityReview done = as(fx.reviewer(), () -> reviews.conclude(r.id(), new ConclusionRequest(
                ReviewOutcome.LAWFUL_WITH_CHANGES, "修改后合法。", List.of("删除第三条", "补充依据"), "急需")));
        assertThat(done.requiredChanges()).extracting(c -> c.itemNo()).containsExactly(1, 2);
        assertThat(done.allChangesMade()).isFalse();
        refused(() -> as(fx.drafter(), () -> reviews.markChangeMade(r.id(), 1, r.subject().versionId(), "已改")),
                "same-version");
        LegalityReview answered = as(fx.drafter(), () -> reviews.markChangeMade(r.id(), 1, 999_999_999L, "已删除"));
        assertThat(answered.requiredChanges().get(0).madeInVersionId()).isEqualTo(999_999_999L);
        refused(() -> as(fx.reviewer(), () -> reviews.conclude(r.id(), new ConclusionRequest(ReviewOutcome.LAWFUL, "再次",
                List.of(), "急需"))), "wrong-status");
    }

    @Test
    void askingForMaterialsPausesTheClockAndMovesTheDueDate() {
        LegalityReview r = submit("补充材料");
        clock.setDate(LocalDate.of(2025, 9, 29));
        LegalityReview waiting = as(fx.reviewer(), () -> reviews.requestMaterials(r.id(), "请补充制定依据"));
        assertThat(waiting.status()).isEqualTo(ReviewStatus.AWAITING_MATERIALS);
        assertThat(deadlines.find(r.deadlineId()).orElseThrow().status()).isEqualTo(DeadlineStatus.PAUSED);
        refused(() -> conclude(r.id(), "急需"), "wrong-status");

        clock.setDate(LocalDate.of(2025, 10, 10));
        refused(() -> as(fx.drafter(), () -> reviews.materialsReceived(r.id())), "not-desk-reviewer");
        LegalityReview resumed = as(fx.reviewer(), () -> reviews.materialsReceived(r.id()));
        assertThat(resumed.status()).isEqualTo(ReviewStatus.SUBMITTED);
        // paused 9-29 .. 10-09: the working days 9-29, 9-30 and 10-09 do not count, so the 15th
        // working day moves from 10-23 to 10-28 (10-24 Fri 13, 10-27 Mon 14, 10-28 Tue 15)
        assertThat(resumed.dueOn()).isEqualTo(LocalDate.of(2025, 10, 28));
        assertThat(deadlines.find(r.deadlineId()).orElseThrow().dueDate()).isEqualTo(LocalDate.of(2025, 10, 28));
    }

    @Test
    void materialsAskedForOnTheDayOfReceiptStartTheClockWhenTheyArrive() {
        LegalityReview r = submit("收件当日补充材料");
        LegalityReview waiting = as(fx.reviewer(), () -> reviews.requestMaterials(r.id(), "送审材料不齐全"));
        assertThat(waiting.status()).isEqualTo(ReviewStatus.AWAITING_MATERIALS);

        clock.setDate(LocalDate.of(2025, 10, 9));
        LegalityReview complete = as(fx.reviewer(), () -> reviews.materialsReceived(r.id()));
        // ND-02 counts from the receipt of the complete materials: 10-09 + 15 working days =
        // 10-10 1, 10-11 (Sat, make-up) 2, 10-13..10-17 3-7, 10-20..10-24 8-12, 10-27 13, 10-28 14, 10-29 15
        assertThat(complete.receivedOn()).isEqualTo(LocalDate.of(2025, 10, 9));
        assertThat(complete.dueOn()).isEqualTo(LocalDate.of(2025, 10, 29));
        assertThat(complete.earliestConclusion()).isEqualTo(LocalDate.of(2025, 10, 15));
        assertThat(deadlines.find(complete.deadlineId()).orElseThrow().dueDate()).isEqualTo(LocalDate.of(2025, 10, 29));
        assertThat(deadlines.find(r.deadlineId()).orElseThrow().status()).isEqualTo(DeadlineStatus.CANCELLED);
        assertThat(as(fx.reviewer(), () -> reviews.queue())).extracting(LegalityReview::id).contains(r.id());
    }

    @Test
    void afterTheLimitTheReviewIsOverdueInTheRegisterAndFirstInTheQueue() throws Exception {
        LegalityReview overdue = submit("逾期未办结");
        clock.setDate(LocalDate.of(2025, 10, 9));
        LegalityReview later = submit("后送审");
        clock.setDate(DUE);
        runDeadlineScan();
        assertThat(deadlines.find(overdue.deadlineId()).orElseThrow().status()).as("due today is not overdue")
                .isEqualTo(DeadlineStatus.OPEN);

        clock.setDate(DUE.plusDays(1));
        runDeadlineScan();
        assertThat(deadlines.find(overdue.deadlineId()).orElseThrow().status()).isEqualTo(DeadlineStatus.OVERDUE);
        List<DeadlineView> register = as(fx.reviewer(), () -> board.list(board.filter(fx.townDesk(), "review",
                "OVERDUE", null, null), new PageQuery(0, 100)).items());
        assertThat(register).extracting(DeadlineView::id).contains(overdue.deadlineId())
                .doesNotContain(later.deadlineId());

        List<Long> queue = as(fx.reviewer(), () -> reviews.queue()).stream().map(LegalityReview::id)
                .filter(id -> id.equals(overdue.id()) || id.equals(later.id())).toList();
        assertThat(queue).containsExactly(overdue.id(), later.id());

        conclude(overdue.id(), null);
        TrackedDeadline met = deadlines.find(overdue.deadlineId()).orElseThrow();
        assertThat(met.status()).isEqualTo(DeadlineStatus.MET);
        assertThat(met.late()).isTrue();
    }

    /** The daily scan of the deadline register, run for the test clock's day. */
    private void runDeadlineScan() throws Exception {
        Object scan = ctx.getBean("deadlineScan");
        Method m = scan.getClass().getMethod("scan");
        m.setAccessible(true);
        m.invoke(scan);
    }

    @Test
    void onlyAReviewerOfTheDeskConcludes() {
        LegalityReview r = submit("他处审核员");
        clock.setDate(EARLIEST);
        // another desk's reviewers do not even see the request
        assertThatThrownBy(() -> conclude2(fx.outsideReviewer(), r.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> conclude2("shencha", r.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as("shencha", () -> reviews.get(r.id()))).isInstanceOf(NotFoundException.class);
        // the submitting unit sees it, but is not the desk
        refused(() -> conclude2(fx.drafter(), r.id()), "not-desk-reviewer");
        refused(() -> as(fx.drafter(), () -> reviews.requestMaterials(r.id(), "自己要材料")), "not-desk-reviewer");
        assertThat(as(fx.reviewer(), () -> reviews.get(r.id())).status()).isEqualTo(ReviewStatus.SUBMITTED);
        assertThat(conclude2(fx.reviewer(), r.id()).status()).isEqualTo(ReviewStatus.CONCLUDED);
    }

    private LegalityReview conclude2(String user, long id) {
        return as(user, () -> reviews.conclude(id, new ConclusionRequest(ReviewOutcome.LAWFUL, "合法。", List.of(), null)));
    }

    @Test
    void anAdviserIsConsultedOnlyWithinTheContractTermAndEachUseIsCounted() {
        LegalAdviser expired = fx.adviser(ctx, "郑律师", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 9, 27));
        LegalAdviser engaged = fx.adviser(ctx, "王律师", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        assertThatThrownBy(() -> fx.adviser(ctx, "倒置律师", LocalDate.of(2025, 12, 31), LocalDate.of(2025, 1, 1)))
                .isInstanceOf(InvalidInputException.class);
        LegalityReview r = submit("咨询法律顾问");
        clock.setDate(LocalDate.of(2025, 9, 29));

        refused(() -> as(fx.reviewer(), () -> reviews.consult(r.id(), expired.id(), null, "意见")),
                "adviser-not-engaged");
        LegalityReview within = as(fx.reviewer(), () -> reviews.consult(r.id(), expired.id(),
                LocalDate.of(2025, 9, 27), "任期最后一天的意见"));
        assertThat(within.consultations()).hasSize(1);
        assertThatThrownBy(() -> as(fx.reviewer(), () -> reviews.consult(r.id(), engaged.id(),
                RECEIVED.minusDays(1), "收件前的意见"))).isInstanceOf(InvalidInputException.class);
        LegalityReview twice = as(fx.reviewer(), () -> reviews.consult(r.id(), engaged.id(), null, "同意"));
        assertThat(twice.consultations()).extracting(c -> c.adviserName())
                .containsExactly(expired.name(), engaged.name());

        as(fx.reviewer(), () -> advisers.update(engaged.id(), new LegalAdvisers.AdviserRequest(fx.townDesk(),
                engaged.name(), engaged.kind(), engaged.firm(), null, engaged.contractFrom(), engaged.contractTo(),
                false)));
        refused(() -> as(fx.reviewer(), () -> reviews.consult(r.id(), engaged.id(), null, "停用后")),
                "adviser-not-engaged");

        var uses = as(fx.reviewer(), () -> advisers.withUses(2025));
        assertThat(uses).filteredOn(u -> u.adviser().id().equals(expired.id())).singleElement()
                .satisfies(u -> assertThat(u.uses()).isEqualTo(1));
        assertThat(uses).filteredOn(u -> u.adviser().id().equals(engaged.id())).singleElement()
                .satisfies(u -> assertThat(u.uses()).isEqualTo(1));
        assertThatThrownBy(() -> as("donghu", () -> advisers.get(engaged.id()))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theSubmitterWithdrawsAnOpenRequestAndItsDeadlineIsCancelled() {
        LegalityReview r = submit("撤回");
        // the desk sees the request but does not withdraw it; nor does a leader of the submitting unit
        refused(() -> as(fx.reviewer(), () -> reviews.withdraw(r.id(), "审核员撤回")), "not-submitting-unit");
        refused(() -> as("lingdao", () -> reviews.withdraw(r.id(), "领导撤回")), "not-submitting-unit");
        LegalityReview withdrawn = as(fx.drafter(), () -> reviews.withdraw(r.id(), "文本需重大修改"));
        assertThat(withdrawn.status()).isEqualTo(ReviewStatus.WITHDRAWN);
        assertThat(deadlines.find(r.deadlineId()).orElseThrow().status()).isEqualTo(DeadlineStatus.CANCELLED);
        refused(() -> conclude(r.id(), "急需"), "wrong-status");
        refused(() -> as(fx.drafter(), () -> reviews.withdraw(r.id(), "再次撤回")), "review-closed");
        // a new round may be submitted once nothing is open
        assertThat(submit2(r).round()).isEqualTo(2);
    }
}
