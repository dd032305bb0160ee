package org.fazhi.litigation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.fazhi.calendar.WorkingCalendar;
import org.fazhi.rules.RuleTerm;
import org.fazhi.rules.RulesCatalog;
import org.fazhi.shared.Period;
import org.junit.jupiter.api.Test;

/**
 * LT-04 counted back, in both units a locality may set: the shipped calendar days go back on the
 * calendar and stay where they land; working days skip rest days and holidays and count a make-up
 * working day (the 2025 National Day calendar is stubbed: 1–8 October off, Sunday 28 September and Saturday 11 October worked).
 */
class SummonsRuleTests {

    private static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 2),
            LocalDate.of(2025, 10, 3), LocalDate.of(2025, 10, 6), LocalDate.of(2025, 10, 7), LocalDate.of(2025, 10, 8));
    private static final Set<LocalDate> MAKE_UP = Set.of(LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 11));

    private final WorkingCalendar calendar = mock(WorkingCalendar.class);
    private final RulesCatalog rules = mock(RulesCatalog.class);

    SummonsRuleTests() {
        when(calendar.isWorkingDay(any())).thenAnswer(i -> {
            LocalDate d = i.getArgument(0);
            if (MAKE_UP.contains(d)) {
                return true;
            }
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            return !weekend && !HOLIDAYS.contains(d);
        });
    }

    @Test
    void threeCalendarDaysBeforeTheHearingStayOnTheHolidayTheyLandOn() {
        when(rules.period(eq("LT-04"), eq(RuleTerm.AMOUNT), any())).thenReturn(Period.calendarDays(3, false));
        SummonsRule rule = new SummonsRule(calendar, rules);
        assertThat(rule.latestService(LocalDate.of(2025, 10, 9))).isEqualTo(LocalDate.of(2025, 10, 6));
        assertThat(rule.latestService(LocalDate.of(2025, 10, 13))).isEqualTo(LocalDate.of(2025, 10, 10));
    }

    @Test
    void workingDaysSkipTheHolidayAndCountTheMakeUpSaturday() {
        when(rules.period(eq("LT-04"), eq(RuleTerm.AMOUNT), any())).thenReturn(Period.workingDays(3));
        SummonsRule rule = new SummonsRule(calendar, rules);
        // before Monday 13 October: Saturday 11 (worked), Friday 10, Thursday 9
        assertThat(rule.latestService(LocalDate.of(2025, 10, 13))).isEqualTo(LocalDate.of(2025, 10, 9));
        // before Thursday 9 October: the holiday skipped, then 30 and 29 September and Sunday 28 (worked)
        assertThat(rule.latestService(LocalDate.of(2025, 10, 9))).isEqualTo(LocalDate.of(2025, 9, 28));
    }
}
