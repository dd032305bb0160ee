package org.fazhi.calendar;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.shared.DateRange;
import org.fazhi.shared.Period;

/**
 * The official working-day calendar. A date is a working day iff (Monday–Friday and not a
 * holiday) or a make-up working day. "N working days after D" is the Nth working day strictly
 * after D. Dates before the first covered year are refused with {@link OutsideCalendarException}.
 */
public interface WorkingCalendar {

    CalendarDay day(LocalDate date);

    boolean isWorkingDay(LocalDate date);

    /** The due date of {@code period} counted from {@code from} (the start day is not counted). */
    DueDate due(LocalDate from, Period period);

    /**
     * The due date when the days of {@code paused} ranges do not count (a deadline paused while
     * waiting for a third party): for working-day periods the paused days are skipped, for
     * calendar-day and month periods the due date moves by the number of paused days.
     */
    DueDate due(LocalDate from, Period period, List<DateRange> paused);

    /** Working days in (start, end]: 0 when end is not after start. */
    int workingDaysBetween(LocalDate start, LocalDate end);

    /** The first working day on or after {@code date}. */
    LocalDate workingDayOnOrAfter(LocalDate date);

    /** Whether the year's official notice is entered (false: provisional). */
    boolean isOfficialYear(int year);

    /** The first date the calendar covers (2007-01-01 with the shipped data). */
    LocalDate firstCoveredDate();
}
