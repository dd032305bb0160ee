package org.fazhi.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.fazhi.calendar.CalendarDay;
import org.fazhi.calendar.DueDate;
import org.fazhi.calendar.OutsideCalendarException;
import org.fazhi.shared.DateRange;
import org.fazhi.shared.Period;
import org.fazhi.shared.PeriodCounting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Deadline arithmetic on the shipped official calendar. The expected dates were counted by hand
 * from the State Council notices (and re-checked against cn-holidays.csv).
 */
class DueDateCalculatorTests {

    private final DueDateCalculator calc = ShippedCalendar.calculator();

    private DueDate due(String from, Period p) {
        return calc.due(LocalDate.parse(from), p, List.of(), LocalDate.of(2026, 11, 21));
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
            // 国庆节 2024: 10-01..07 off, Sun 09-29 and Sat 10-12 make-up working days.
            "2024-09-30, 5, 2024-10-12",
            "2024-09-27, 1, 2024-09-29",
            "2024-09-30, 20, 2024-11-01",
            // 春节 2025: Sun 01-26 worked, 01-28..02-04 off, Sat 02-08 worked.
            "2025-01-24, 5, 2025-02-07",
            "2025-02-07, 1, 2025-02-08",
            // 春节 2024: 02-09 (除夕) is a working day, 02-10..17 off, Sun 02-18 worked.
            "2024-02-08, 3, 2024-02-19",
            // 中秋节、国庆节 2023: 09-29..10-06 off, Sat 10-07 and Sun 10-08 worked.
            "2023-09-28, 2, 2023-10-08",
            // 劳动节 2019 (extended by the March 2019 notice): 05-01..04 off, Sun 05-05 worked.
            "2019-04-30, 1, 2019-05-05",
            // 春节 2020 extended to 02-02 because of COVID-19: Sat 02-01 no longer worked.
            "2020-01-23, 1, 2020-02-03",
            // 2015 anniversary: 09-03..05 off, Sun 09-06 worked.
            "2015-09-02, 1, 2015-09-06"})
    void workingDaysFollowTheOfficialNotices(String from, int n, String expected) {
        DueDate d = due(from, Period.workingDays(n));
        assertThat(d.due()).isEqualTo(LocalDate.parse(expected));
        assertThat(d.provisional()).isFalse();
        assertThat(d.warning()).isNull();
    }

    @Test
    void fiveWorkingDaysAfterTheEveOfNationalDayExplainEachRestDaySkipped() {
        DueDate d = due("2024-09-30", Period.workingDays(5));
        assertThat(d.due()).isEqualTo(LocalDate.of(2024, 10, 12));
        assertThat(d.explanation()).containsExactly(
                "2024-10-01 国庆节 放假，不计入", "2024-10-02 国庆节 放假，不计入", "2024-10-03 国庆节 放假，不计入",
                "2024-10-04 国庆节 放假，不计入", "2024-10-05 国庆节 放假，不计入", "2024-10-06 国庆节 放假，不计入",
                "2024-10-07 国庆节 放假，不计入", "2024-10-12 星期六 国庆节调休上班，计入");
    }

    @Test
    void ordinaryWeekendsAreNamedAsRestDays() {
        DueDate d = due("2024-03-01", Period.workingDays(1));
        assertThat(d.due()).isEqualTo(LocalDate.of(2024, 3, 4));
        assertThat(d.explanation()).containsExactly("2024-03-02 星期六 休息日，不计入", "2024-03-03 星期日 休息日，不计入");
    }

    @Test
    void theStartDayIsNeverCountedEvenWhenItIsAWorkingDay() {
        assertThat(due("2024-03-04", Period.workingDays(1)).due()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(due("2024-03-04", Period.calendarDays(1, false)).due()).isEqualTo(LocalDate.of(2024, 3, 5));
    }

    @Test
    void calendarDaysEndingOnAHolidayRollOverToTheNextWorkingDayOnlyWhenTheRuleSaysSo() {
        assertThat(due("2024-09-01", Period.calendarDays(30, false)).due()).isEqualTo(LocalDate.of(2024, 10, 1));
        DueDate rolled = due("2024-09-01", Period.calendarDays(30, true));
        assertThat(rolled.due()).isEqualTo(LocalDate.of(2024, 10, 8));
        assertThat(rolled.explanation()).anySatisfy(l -> assertThat(l).contains("2024-10-01").contains("国庆节放假")
                .contains("2024-10-08"));
    }

    @Test
    void calendarDaysEndingOnAMakeUpWorkingDayDoNotRollOver() {
        // 2024-10-12 is a Saturday but an official working day.
        assertThat(due("2024-09-12", Period.calendarDays(30, true)).due()).isEqualTo(LocalDate.of(2024, 10, 12));
    }

    @Test
    void monthsEndOnTheCorrespondingDayOrTheLastDayOfTheMonth() {
        assertThat(due("2024-01-31", Period.months(1, false)).due()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(due("2023-01-31", Period.months(1, false)).due()).isEqualTo(LocalDate.of(2023, 2, 28));
        assertThat(due("2024-03-15", Period.months(3, false)).due()).isEqualTo(LocalDate.of(2024, 6, 15));
        assertThat(due("2024-01-31", Period.months(1, false)).explanation())
                .anySatisfy(l -> assertThat(l).contains("月末日 2024-02-29"));
    }

    @Test
    void aMonthPeriodEndingOnNationalDayRollsOverWhenTheRuleSaysSo() {
        assertThat(due("2024-07-01", Period.months(3, true)).due()).isEqualTo(LocalDate.of(2024, 10, 8));
        // 2024-06-15 is a Saturday: three months after 2024-03-15.
        assertThat(due("2024-03-15", Period.months(3, true)).due()).isEqualTo(LocalDate.of(2024, 6, 17));
    }

    @Test
    void pausedDaysAreSkippedForWorkingDaysAndAddedForCalendarDays() {
        LocalDate today = LocalDate.of(2026, 11, 21);
        DueDate wd = calc.due(LocalDate.of(2024, 9, 2), Period.workingDays(5),
                List.of(new DateRange(LocalDate.of(2024, 9, 4), LocalDate.of(2024, 9, 5))), today);
        assertThat(wd.due()).isEqualTo(LocalDate.of(2024, 9, 11));
        assertThat(wd.explanation()).contains("2024-09-04 至 2024-09-05 期限暂停，不计入");
        DueDate cd = calc.due(LocalDate.of(2024, 3, 1), Period.calendarDays(10, false),
                List.of(new DateRange(LocalDate.of(2024, 3, 5), LocalDate.of(2024, 3, 7))), today);
        assertThat(cd.due()).isEqualTo(LocalDate.of(2024, 3, 14));
    }

    @Test
    void anOpenPauseRunsUntilToday() {
        DueDate d = calc.due(LocalDate.of(2024, 9, 2), Period.workingDays(5),
                List.of(new DateRange(LocalDate.of(2024, 9, 4), null)), LocalDate.of(2024, 9, 5));
        assertThat(d.due()).isEqualTo(LocalDate.of(2024, 9, 11));
    }

    @Test
    void aDeadlineReachingIntoAYearWithoutNoticeIsProvisionalWithTheWarning() {
        DueDate d = due("2026-12-25", Period.workingDays(10));
        // 12-28..31 count 4; 2027-01-01 元旦 (computed); 01-04..08 count 5; 01-11 is the tenth.
        assertThat(d.due()).isEqualTo(LocalDate.of(2027, 1, 11));
        assertThat(d.provisional()).isTrue();
        assertThat(d.warning()).isEqualTo("2027年节假日安排尚未录入，按法定节日推算，通知发布后自动重算");
        assertThat(d.explanation()).contains("2027-01-01 元旦 放假（按法定节日推算），不计入");
    }

    @Test
    void aDeadlineInsideOfficialYearsIsNotProvisionalEvenWhenItStartsNearTheEnd() {
        assertThat(due("2026-12-25", Period.workingDays(4)).provisional()).isFalse();
    }

    @Test
    void enteringTheNoticeMakesTheYearOfficial() {
        List<ExceptionalDay> rows = new java.util.ArrayList<>(ShippedCalendar.ROWS);
        rows.add(new ExceptionalDay(LocalDate.of(2027, 1, 1), org.fazhi.calendar.DayKind.HOLIDAY, "元旦", 2027, null));
        rows.add(new ExceptionalDay(LocalDate.of(2027, 1, 4), org.fazhi.calendar.DayKind.HOLIDAY, "元旦", 2027, null));
        List<Integer> years = new java.util.ArrayList<>(ShippedCalendar.BOOK.officialYears());
        years.add(2027);
        CalendarBook book = ShippedCalendar.book(rows, years);
        DueDate d = new DueDateCalculator(book::day, ShippedCalendar.chinese()).due(LocalDate.of(2026, 12, 25),
                Period.workingDays(10), List.of(), LocalDate.of(2026, 11, 21));
        assertThat(d.due()).isEqualTo(LocalDate.of(2027, 1, 12));
        assertThat(d.provisional()).isFalse();
    }

    @Test
    void aDateBeforeTheCoveredYearsIsRefusedNotGuessed() {
        assertThatThrownBy(() -> due("2006-12-31", Period.workingDays(1)))
                .isInstanceOf(OutsideCalendarException.class)
                .satisfies(e -> assertThat(((OutsideCalendarException) e).status()).isEqualTo(422));
        assertThat(ShippedCalendar.BOOK.firstCoveredDate()).isEqualTo(LocalDate.of(2007, 1, 1));
    }

    @Test
    void aPeriodRunningPastTheLastSupportedYearIsRefused() {
        assertThatThrownBy(() -> due("2099-12-20", Period.workingDays(20)))
                .isInstanceOf(OutsideCalendarException.class);
        assertThatThrownBy(() -> ShippedCalendar.BOOK.day(LocalDate.of(2100, 1, 1)))
                .isInstanceOf(OutsideCalendarException.class);
    }

    @Test
    void workingDaysBetweenCountsTheEndButNotTheStart() {
        assertThat(calc.workingDaysBetween(LocalDate.of(2024, 9, 30), LocalDate.of(2024, 10, 12))).isEqualTo(5);
        assertThat(calc.workingDaysBetween(LocalDate.of(2024, 10, 12), LocalDate.of(2024, 10, 12))).isZero();
        assertThat(calc.workingDayOnOrAfter(LocalDate.of(2024, 10, 1))).isEqualTo(LocalDate.of(2024, 10, 8));
    }

    /** Seeded random check over the official years: the due date is the Nth working day strictly after the start. */
    @Test
    void theDueDateIsAlwaysTheNthWorkingDayStrictlyAfterTheStart() {
        Random random = new Random(20261121L);
        LocalDate first = LocalDate.of(2007, 1, 1);
        for (int i = 0; i < 2000; i++) {
            LocalDate from = first.plusDays(random.nextInt(365 * 19));
            int n = 1 + random.nextInt(60);
            DueDate d = calc.due(from, Period.workingDays(n), List.of(), LocalDate.of(2026, 11, 21));
            assertThat(d.due()).isAfter(from);
            assertThat(ShippedCalendar.BOOK.day(d.due()).workingDay()).isTrue();
            int counted = 0;
            int rest = 0;
            for (LocalDate x = from.plusDays(1); !x.isAfter(d.due()); x = x.plusDays(1)) {
                CalendarDay day = ShippedCalendar.BOOK.day(x);
                if (day.workingDay()) {
                    counted++;
                } else {
                    rest++;
                }
            }
            assertThat(counted).as("%s + %d", from, n).isEqualTo(n);
            long restLines = d.explanation().stream().filter(l -> l.endsWith("不计入")).count();
            assertThat(restLines).isEqualTo(rest);
        }
    }

    @Test
    void materialsSevenDaysBeforeAHearingOn20261010AreDueOn20261003TheHolidayNamed() {
        Period md03 = Period.calendarDays(7, false).counted(PeriodCounting.BACKWARD);
        DueDate d = due("2026-10-10", md03);
        assertThat(d.due()).isEqualTo(LocalDate.of(2026, 10, 3));
        assertThat(d.explanation()).containsExactly(
                "自 2026-10-10（当日不计入）向前计算 7 日，最后可为之日为 2026-10-03",
                "2026-10-03 为国庆节放假，须在该日或之前办理；之前最后一个工作日为 2026-09-30");
    }

    @Test
    void aSummonsThreeDaysBeforeTheSessionIsDueThreeDaysBeforeIt() {
        Period lt04 = Period.calendarDays(3, false).counted(PeriodCounting.BACKWARD);
        assertThat(due("2026-03-10", lt04).due()).isEqualTo(LocalDate.of(2026, 3, 7));
        assertThat(due("2026-03-13", lt04).due()).isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @Test
    void workingDaysBackFromAnEventSkipRestDays() {
        DueDate d = due("2024-10-08", Period.workingDays(2).counted(PeriodCounting.BACKWARD));
        assertThat(d.due()).isEqualTo(LocalDate.of(2024, 9, 29));
        assertThat(d.explanation()).hasSize(8).contains("2024-10-07 国庆节 放假，不计入", "2024-10-01 国庆节 放假，不计入")
                .endsWith("自 2024-10-08（当日不计入）向前计算 2 个工作日，最后可为之日为 2024-09-29");
    }

    @Test
    void fiveYearsOfValidityFromTheEffectiveDateEndTheDayBeforeTheCorrespondingDay() {
        DueDate d = due("2026-03-02", new Period(60, org.fazhi.shared.PeriodUnit.MONTHS, false, PeriodCounting.TERM));
        assertThat(d.due()).isEqualTo(LocalDate.of(2031, 3, 1));
        assertThat(d.explanation()).containsExactly("自 2026-03-02（当日计入）起算 60 个月，至 2031-03-01 届满");
    }

    @Test
    void anExtensionOfTwentyWorkingDaysRunsOnFromTheEndOfTheFirstTwenty() {
        DueDate d = calc.extended(LocalDate.of(2024, 9, 30), Period.workingDays(20), Period.workingDays(20), List.of(),
                LocalDate.of(2026, 11, 21), null);
        assertThat(d.due()).isEqualTo(LocalDate.of(2024, 11, 29));
        assertThat(d.due()).isEqualTo(due("2024-09-30", Period.workingDays(40)).due());
        assertThat(d.extension()).isEqualTo(Period.workingDays(20));
        assertThat(d.explanation()).contains("原期限于 2024-11-01 届满；经批准延长 20 个工作日，自 2024-11-01 的次日起算");
    }

    @Test
    void sixtyPlusThirtyDaysOfReconsiderationRollOverCitingTheReconsiderationLaw() {
        String basis = "行政复议法第八十八条、民事诉讼法第八十五条";
        DueDate d = calc.extended(LocalDate.of(2026, 1, 5), Period.calendarDays(60, true), Period.calendarDays(30, true),
                List.of(), LocalDate.of(2026, 11, 21), basis);
        assertThat(d.due()).isEqualTo(LocalDate.of(2026, 4, 7));
        assertThat(d.explanation()).contains("2026-04-05 为清明节放假，期限顺延至其后的第一个工作日 2026-04-07（" + basis + "）");
    }

    @Test
    void withoutARuleTheRollOverCitesTheCivilCode() {
        DueDate d = due("2024-09-01", Period.calendarDays(30, true));
        assertThat(d.due()).isEqualTo(LocalDate.of(2024, 10, 8));
        assertThat(String.join("\n", d.explanation())).contains("（民法典第二百零三条）");
    }

    @Test
    void anAnnualDutyByAFixedDateFallsOnTheNextSuchDate() {
        assertThat(calc.fixed(LocalDate.of(2026, 2, 10), java.time.MonthDay.of(3, 31)).due())
                .isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(calc.fixed(LocalDate.of(2026, 4, 1), java.time.MonthDay.of(3, 31)).due())
                .isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(calc.fixed(LocalDate.of(2026, 1, 31), java.time.MonthDay.of(1, 31)).due())
                .isEqualTo(LocalDate.of(2026, 1, 31));
    }
}
