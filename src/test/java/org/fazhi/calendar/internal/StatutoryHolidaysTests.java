package org.fazhi.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class StatutoryHolidaysTests {

    @ParameterizedTest(name = "正月初一 {0} = {1}")
    @CsvSource({"2019, 2019-02-05", "2020, 2020-01-25", "2021, 2021-02-12", "2022, 2022-02-01",
            "2023, 2023-01-22", "2024, 2024-02-10", "2025, 2025-01-29", "2026, 2026-02-17", "2027, 2027-02-06",
            "2028, 2028-01-26"})
    void springFestivalFallsOnThePublishedDate(int year, LocalDate expected) {
        assertThat(StatutoryHolidays.springFestival(year)).isEqualTo(expected);
    }

    @Test
    void newYearsEveIsTheTwentyNinthWhenTheTwelfthMonthIsShort() {
        // 2025: 腊月 has 29 days, so 除夕 is 腊月廿九 = 2025-01-28 (the official 2025 notice lists it off).
        assertThat(StatutoryHolidays.newYearsEve(2025)).isEqualTo(LocalDate.of(2025, 1, 28));
        assertThat(ShippedCalendar.BOOK.day(LocalDate.of(2025, 1, 28)).name()).isEqualTo("春节");
    }

    @ParameterizedTest(name = "清明 {0} = {1}")
    @CsvSource({"2019, 2019-04-05", "2020, 2020-04-04", "2023, 2023-04-05", "2024, 2024-04-04", "2026, 2026-04-05",
            "2027, 2027-04-05"})
    void qingmingIsTheSolarTerm(int year, LocalDate expected) {
        assertThat(StatutoryHolidays.qingming(year)).isEqualTo(expected);
    }

    @Test
    void provisional2027FollowsTheHolidayMeasuresWithMakeUpDaysAfterWeekendHolidays() {
        Map<LocalDate, String> off = StatutoryHolidays.forYear(2027);
        assertThat(off).containsEntry(LocalDate.of(2027, 1, 1), "元旦")
                // 春节: 除夕 Fri 5 Feb + 初一 Sat + 初二 Sun + 初三 Mon; two weekend days made up on Tue and Wed.
                .containsEntry(LocalDate.of(2027, 2, 5), "春节").containsEntry(LocalDate.of(2027, 2, 8), "春节")
                .containsEntry(LocalDate.of(2027, 2, 9), "春节").containsEntry(LocalDate.of(2027, 2, 10), "春节")
                .containsEntry(LocalDate.of(2027, 4, 5), "清明节")
                // 劳动节 Sat 1 + Sun 2 May: made up on Mon 3 and Tue 4 May.
                .containsEntry(LocalDate.of(2027, 5, 3), "劳动节").containsEntry(LocalDate.of(2027, 5, 4), "劳动节")
                .containsEntry(LocalDate.of(2027, 6, 9), "端午节").containsEntry(LocalDate.of(2027, 9, 15), "中秋节")
                // 国庆节 Fri 1, Sat 2, Sun 3 Oct: made up on Mon 4 and Tue 5 Oct.
                .containsEntry(LocalDate.of(2027, 10, 4), "国庆节").containsEntry(LocalDate.of(2027, 10, 5), "国庆节")
                .doesNotContainKey(LocalDate.of(2027, 2, 11)).doesNotContainKey(LocalDate.of(2027, 10, 6));
        assertThat(off).hasSize(1 + 4 + 2 + 1 + 2 + 2 + 1 + 1 + 3 + 2);
    }

    @Test
    void midAutumnOnNationalDayIsOneDayOff() {
        // 2028: 中秋 falls on 3 October, inside 国庆节.
        assertThat(StatutoryHolidays.forYear(2028).get(LocalDate.of(2028, 10, 3))).isEqualTo("国庆节、中秋节");
    }

    @Test
    void everyProvisionalYearUpToTheBoundHasItsStatutoryDaysOffInsideTheYear() {
        for (int y = 2027; y <= CalendarBook.LAST_SUPPORTED_YEAR; y++) {
            Map<LocalDate, String> off = StatutoryHolidays.forYear(y);
            assertThat(off.size()).as("days off in %d", y).isBetween(12, 22);
            int year = y;
            assertThat(off.keySet()).allMatch(d -> d.getYear() == year);
        }
    }
}
