package org.fazhi.disputes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.fazhi.deadlines.DeadlineStatus;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;

/**
 * PM-01: the parties may apply together for judicial confirmation within 30 days of the agreement taking
 * effect, counted on the calendar; a last day falling in a holiday moves to the next working day
 * (民事诉讼法第八十五条). The window on the case, on the 督办台 and in the notice to the parties is the same.
 */
@FazhiIT
class JudicialConfirmationWindowIT extends DisputesTestBase {

    @Test
    void anAgreementEffectiveThirtyDaysBeforeNationalDayMayBeConfirmedUntilTheFirstWorkingDayAfterTheHoliday() {
        on(LocalDate.of(2025, 9, 20));
        MediationCase c = agreed(LocalDate.of(2025, 8, 25), LocalDate.of(2025, 9, 1));
        ConfirmationWindow w = as(fx.handler(), () -> cases.window(c.id()));
        // 30 days after 1 September is 1 October, 国庆节; the holiday runs to 8 October
        assertThat(w.lastDay()).isEqualTo(LocalDate.of(2025, 10, 9));
        assertThat(w.days()).isEqualTo(30);
        assertThat(w.ruleId()).isEqualTo("PM-01");
        assertThat(String.join("\n", w.explanation())).contains("2025-10-01").contains("民事诉讼法第八十五条");
        TrackedDeadline d = deadlines.find(c.confirmationDeadlineId()).orElseThrow();
        assertThat(d.dueDate()).isEqualTo(w.lastDay());
        assertThat(d.ruleId()).isEqualTo("PM-01");
        assertThat(d.link()).isEqualTo("/console/disputes/cases/" + c.id());

        on(LocalDate.of(2025, 10, 20));
        assertThatThrownBy(() -> as(fx.handler(), () -> cases.recordConfirmation(c.id(), new ConfirmationRequest(
                ConfirmationOutcome.APPLIED, LocalDate.of(2025, 10, 10), "示范县人民法院", null, null))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldProblems().get(0).messageKey())
                        .isEqualTo("disputes.confirmation.too-late"));
        as(fx.handler(), () -> cases.recordConfirmation(c.id(), new ConfirmationRequest(ConfirmationOutcome.APPLIED,
                LocalDate.of(2025, 10, 9), "示范县人民法院", null, null)));
        TrackedDeadline met = deadlines.find(c.confirmationDeadlineId()).orElseThrow();
        assertThat(met.status()).isEqualTo(DeadlineStatus.MET);
        assertThat(met.late()).isFalse();
    }

    @Test
    void anAgreementEffectiveBeforeSpringFestivalMayBeConfirmedUntilTheDayAfterTheHoliday() {
        on(LocalDate.of(2026, 1, 20));
        MediationCase c = agreed(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 17));
        // 30 days after 17 January is 16 February, in the 春节 holiday of 15–23 February
        assertThat(as(fx.handler(), () -> cases.window(c.id())).lastDay()).isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(deadlines.find(c.confirmationDeadlineId()).orElseThrow().dueDate())
                .isEqualTo(LocalDate.of(2026, 2, 24));
    }

    @Test
    void aWindowEndingOnAWorkingDayIsNotMoved() {
        on(LocalDate.of(2026, 3, 10));
        MediationCase c = agreed(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 9));
        assertThat(as(fx.handler(), () -> cases.window(c.id())).lastDay()).isEqualTo(LocalDate.of(2026, 4, 8));
    }

    @Test
    void partiesWhoWillNotApplyTakeTheWindowOffTheBoardWithTheirReason() {
        on(LocalDate.of(2026, 3, 10));
        MediationCase c = agreed(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 9));
        assertThatThrownBy(() -> as(fx.handler(), () -> cases.recordConfirmation(c.id(), new ConfirmationRequest(
                ConfirmationOutcome.NOT_APPLYING, LocalDate.of(2026, 3, 10), null, null, null))))
                .isInstanceOf(InvalidInputException.class);
        as(fx.handler(), () -> cases.recordConfirmation(c.id(), new ConfirmationRequest(ConfirmationOutcome.NOT_APPLYING,
                LocalDate.of(2026, 3, 10), null, "双方自愿履行", null)));
        assertThat(deadlines.find(c.confirmationDeadlineId()).orElseThrow().status()).isEqualTo(DeadlineStatus.CANCELLED);
    }
}
