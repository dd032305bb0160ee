package org.fazhi.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.fazhi.calendar.DayKind;
import org.junit.jupiter.api.Test;

class HolidayCsvTests {

    @Test
    void theShippedFileHoldsEveryNoticeFrom2007To2026() {
        assertThat(ShippedCalendar.ROWS).hasSize(677);
        assertThat(ShippedCalendar.ROWS.stream().filter(d -> d.kind() == DayKind.HOLIDAY)).hasSize(545);
        assertThat(ShippedCalendar.rowsPerNoticeYear().keySet())
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(2007, 2026).boxed().toList());
    }

    @Test
    void lateDecemberNewYearRowsBelongToTheNextYearsNotice() {
        assertThat(HolidayCsv.noticeYear(LocalDate.of(2006, 12, 30), "元旦")).isEqualTo(2007);
        assertThat(HolidayCsv.noticeYear(LocalDate.of(2018, 12, 29), "元旦")).isEqualTo(2019);
        assertThat(HolidayCsv.noticeYear(LocalDate.of(2024, 12, 31), "春节")).isEqualTo(2024);
    }

    @Test
    void everyMakeUpWorkingDayIsASaturdayOrSunday() {
        assertThat(ShippedCalendar.ROWS.stream().filter(d -> d.kind() == DayKind.WORKDAY))
                .allMatch(d -> d.date().getDayOfWeek() == DayOfWeek.SATURDAY
                        || d.date().getDayOfWeek() == DayOfWeek.SUNDAY);
    }
}
