package org.fazhi.calendar.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import org.fazhi.calendar.CalendarDay;
import org.fazhi.calendar.DayKind;
import org.fazhi.calendar.OutsideCalendarException;

/**
 * An immutable copy of the calendar at one revision: the exceptional days of the official years
 * and the provisional computation for the years after them, up to {@link #LAST_SUPPORTED_YEAR}.
 */
final class CalendarBook {

    /** Provisional years are computed up to here; a later date is refused like one before the data. */
    static final int LAST_SUPPORTED_YEAR = 2099;

    private final long revision;
    private final Map<LocalDate, ExceptionalDay> days;
    private final NavigableSet<Integer> officialYears;

    CalendarBook(long revision, Map<LocalDate, ExceptionalDay> days, java.util.Collection<Integer> officialYears) {
        this.revision = revision;
        this.days = Map.copyOf(days);
        this.officialYears = new TreeSet<>(officialYears);
    }

    long revision() {
        return revision;
    }

    boolean isOfficial(int year) {
        return officialYears.contains(year);
    }

    NavigableSet<Integer> officialYears() {
        return java.util.Collections.unmodifiableNavigableSet(officialYears);
    }

    /** The first covered date; with no official year at all, nothing is covered. */
    LocalDate firstCoveredDate() {
        return officialYears.isEmpty() ? LocalDate.of(LAST_SUPPORTED_YEAR + 1, 1, 1)
                : LocalDate.of(officialYears.first(), 1, 1);
    }

    boolean covers(LocalDate date) {
        return !officialYears.isEmpty() && date.getYear() >= officialYears.first()
                && date.getYear() <= LAST_SUPPORTED_YEAR;
    }

    CalendarDay day(LocalDate date) {
        if (!covers(date)) {
            throw new OutsideCalendarException(date);
        }
        boolean weekend = StatutoryHolidays.isWeekend(date);
        if (officialYears.contains(date.getYear())) {
            ExceptionalDay e = days.get(date);
            if (e != null) {
                return new CalendarDay(date, e.kind() == DayKind.WORKDAY, e.kind(), e.name(), false);
            }
            return new CalendarDay(date, !weekend, weekend ? DayKind.WEEKEND : DayKind.WEEKDAY, null, false);
        }
        String festival = StatutoryHolidays.forYear(date.getYear()).get(date);
        if (festival != null) {
            return new CalendarDay(date, false, DayKind.HOLIDAY, festival, true);
        }
        return new CalendarDay(date, !weekend, weekend ? DayKind.WEEKEND : DayKind.WEEKDAY, null, true);
    }
}
