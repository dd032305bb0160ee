package org.fazhi.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The kernel's helpers for month periods: whole years of a month rule, and the end of a term counting its first day. */
class PeriodTests {

    @Test
    void fiveYearsOfValidityFromTheEffectiveDate20260302EndOn20310301() {
        assertThat(Period.termOfYears(5).endOfTermFrom(LocalDate.of(2026, 3, 2))).isEqualTo(LocalDate.of(2031, 3, 1));
        Period lc01 = new Period(60, PeriodUnit.MONTHS, false, PeriodCounting.TERM);
        assertThat(lc01.endOfTermFrom(LocalDate.of(2026, 3, 2))).isEqualTo(LocalDate.of(2031, 3, 1));
    }

    @ParameterizedTest(name = "{1} months from {0} (counted) end on {2}")
    @CsvSource({
            "2026-03-02, 60, 2031-03-01",
            "2024-03-01, 1, 2024-03-31",
            "2024-03-31, 1, 2024-04-30",
            "2024-01-31, 1, 2024-02-29",
            "2024-02-29, 12, 2025-02-28",
            "2025-01-01, 12, 2025-12-31"})
    void aTermEndsTheDayBeforeItsCorrespondingDayOrOnTheLastDayOfAShortMonth(String first, int months, String end) {
        assertThat(new Period(months, PeriodUnit.MONTHS, false, PeriodCounting.TERM).endOfTermFrom(LocalDate.parse(first)))
                .isEqualTo(LocalDate.parse(end));
    }

    @Test
    void aMonthRuleIsReadInWholeYearsNeverMoreThanItAllows() {
        assertThat(Period.months(60, false).wholeYears()).isEqualTo(5);
        assertThat(Period.months(30, false).wholeYears()).isEqualTo(2);
        assertThat(Period.months(60, false).months()).isEqualTo(60);
        assertThatThrownBy(() -> Period.calendarDays(60, false).wholeYears()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPeriodWithoutACountingIsCountedForward() {
        assertThat(Period.workingDays(5).counting()).isEqualTo(PeriodCounting.FORWARD);
        assertThat(new Period(5, PeriodUnit.WORKING_DAYS, false, null).counting()).isEqualTo(PeriodCounting.FORWARD);
    }
}
