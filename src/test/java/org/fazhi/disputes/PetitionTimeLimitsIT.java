package org.fazhi.disputes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.fazhi.deadlines.DeadlineStatus;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.RefusedException;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;

/**
 * Petitions run on the time limits of the 信访工作条例 from the catalog, counted on the calendar and shown
 * on the 督办台: the acceptance decision within PT-01 of receipt, the reply within PT-02 of acceptance,
 * extended once by PT-02's extension while the period runs, and the petitioner's review window PT-03.
 */
@FazhiIT
class PetitionTimeLimitsIT extends DisputesTestBase {

    @Test
    void theAcceptanceDecisionIsDueFifteenDaysAfterReceiptMovedPastNationalDay() {
        on(LocalDate.of(2026, 9, 20));
        Petition p = petition(LocalDate.of(2026, 9, 16));
        TrackedDeadline acceptance = deadlines.find(p.acceptanceDeadlineId()).orElseThrow();
        assertThat(acceptance.ruleId()).isEqualTo("PT-01");
        // 15 days after 16 September is 1 October (国庆节, to 7 October): due 8 October
        assertThat(acceptance.dueDate()).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(acceptance.label()).isEqualTo("disputes.deadline.petition-acceptance");

        on(LocalDate.of(2026, 9, 25));
        Petition accepted = as(fx.handler(), () -> petitions.accept(p.id(), new PetitionDecisionRequest(
                LocalDate.of(2026, 9, 25), null, null, null)));
        assertThat(deadlines.find(p.acceptanceDeadlineId()).orElseThrow().status()).isEqualTo(DeadlineStatus.MET);
        TrackedDeadline handling = deadlines.find(accepted.handlingDeadlineId()).orElseThrow();
        assertThat(handling.ruleId()).isEqualTo("PT-02");
        assertThat(handling.dueDate()).isEqualTo(LocalDate.of(2026, 11, 24));
    }

    @Test
    void theHandlingPeriodIsExtendedOnceAndOnlyWhileItRuns() {
        on(LocalDate.of(2026, 3, 20));
        Petition p = petition(LocalDate.of(2026, 3, 2));
        as(fx.handler(), () -> petitions.accept(p.id(), new PetitionDecisionRequest(LocalDate.of(2026, 3, 5), null, null,
                null)));
        Petition extended = as(fx.handler(), () -> petitions.extend(p.id(), new PetitionExtensionRequest(LocalDate.of(2026, 3, 20),
                "涉及多个部门", null)));
        TrackedDeadline d = deadlines.find(extended.handlingDeadlineId()).orElseThrow();
        // 60 days after 5 March is 4 May (a 劳动节 holiday, to 5 May): the extension of 30 days runs from 6 May
        assertThat(d.status()).isEqualTo(DeadlineStatus.EXTENDED);
        assertThat(d.dueDate()).isAfter(LocalDate.of(2026, 6, 3));
        assertThatThrownBy(() -> as(fx.handler(), () -> petitions.extend(p.id(), new PetitionExtensionRequest(
                LocalDate.of(2026, 3, 20), "再次延期", null)))).isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("already-extended"));

        on(LocalDate.of(2026, 6, 1));
        Petition late = petition(LocalDate.of(2026, 3, 2));
        as(fx.handler(), () -> petitions.accept(late.id(), new PetitionDecisionRequest(LocalDate.of(2026, 3, 3), null, null,
                null)));
        assertThatThrownBy(() -> as(fx.handler(), () -> petitions.extend(late.id(), new PetitionExtensionRequest(
                LocalDate.of(2026, 6, 1), "逾期后补批", null)))).isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("handling-overdue"));
    }

    @Test
    void aReplyAfterTheHandlingPeriodIsLateAndOpensTheReviewWindow() {
        on(LocalDate.of(2026, 7, 1));
        Petition p = petition(LocalDate.of(2026, 3, 2));
        as(fx.handler(), () -> petitions.accept(p.id(), new PetitionDecisionRequest(LocalDate.of(2026, 3, 3), null, null,
                null)));
        Petition replied = as(fx.handler(), () -> petitions.reply(p.id(), new PetitionReplyRequest(LocalDate.of(2026, 6, 30),
                ReplyOutcome.PARTLY_SUPPORTED, "部分支持。", null)));
        TrackedDeadline handling = deadlines.find(replied.handlingDeadlineId()).orElseThrow();
        assertThat(handling.status()).isEqualTo(DeadlineStatus.MET);
        assertThat(handling.late()).isTrue();
        ReviewWindow w = as(fx.handler(), () -> petitions.overview(p.id())).reviewWindow();
        assertThat(w.ruleId()).isEqualTo("PT-03");
        assertThat(w.lastDay()).isEqualTo(LocalDate.of(2026, 7, 30));
    }

    @Test
    void aPetitionNotAcceptedNamesTheReasonAndAReplyIsNotDatedBeforeAcceptance() {
        on(LocalDate.of(2026, 7, 1));
        Petition p = petition(LocalDate.of(2026, 6, 20));
        assertThatThrownBy(() -> as(fx.handler(), () -> petitions.decline(p.id(), new PetitionDecisionRequest(
                LocalDate.of(2026, 6, 25), null, null, null)))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldProblems().get(0).field()).isEqualTo("reason"));
        as(fx.handler(), () -> petitions.accept(p.id(), new PetitionDecisionRequest(LocalDate.of(2026, 6, 25), null, null,
                null)));
        assertThatThrownBy(() -> as(fx.handler(), () -> petitions.reply(p.id(), new PetitionReplyRequest(LocalDate.of(2026, 6, 24),
                ReplyOutcome.SUPPORTED, "答复", null)))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldProblems().get(0).field()).isEqualTo("repliedOn"));
    }
}
