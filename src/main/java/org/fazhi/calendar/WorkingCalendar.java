package org.fazhi.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.fazhi.rules.RuleTerm;
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

    /**
     * The due date of {@code period} counted from {@code from} as the period says: forward (the start
     * day is not counted), back from an event ({@code from} is the event; the answer is the last day on
     * which the act can still be done) or as a term counting its first day (有效期).
     */
    DueDate due(LocalDate from, Period period);

    /**
     * The due date when the days of {@code paused} ranges do not count (a deadline paused while
     * waiting for a third party): for working-day periods the paused days are skipped, for
     * calendar-day and month periods the due date moves by the number of paused days. Pauses apply to
     * forward periods only.
     */
    DueDate due(LocalDate from, Period period, List<DateRange> paused);

    /**
     * The due date of a rule's number counted from {@code from}, for a unit (its stricter local value;
     * null: national), explained with the rule's own provisions (the rest-day rollover cites
     * 行政复议法第八十八条 for a reconsideration period, 民法典第二百零三条 otherwise):
     * <ul>
     * <li>{@code AMOUNT}, {@code MAX_AMOUNT}, {@code ALTERNATE}: that number, counted as the rule counts
     * (forward, back from an event, or a term);</li>
     * <li>{@code EXTENSION}: the amount, then the approved extension counted from the day the amount
     * ends (GI-01: 20 + 20 working days from receipt; RC-06: 60 + 30 days);</li>
     * <li>a rule with a fixed date (GI-06 by 31 January; its ALTERNATE by 31 March): the first such date
     * on or after {@code from}.</li>
     * </ul>
     * Unknown rule: InvalidInputException; a rule without a number (or without that term):
     * IllegalArgumentException.
     */
    DueDate dueByRule(String ruleId, RuleTerm term, LocalDate from, Long unitId, List<DateRange> paused);

    /** The first {@code date} of the year on or after {@code from} (an annual "by 31 January" duty). */
    DueDate nextFixedDate(LocalDate from, MonthDay date);

    /** Working days in (start, end]: 0 when end is not after start. */
    int workingDaysBetween(LocalDate start, LocalDate end);

    /** The first working day on or after {@code date}. */
    LocalDate workingDayOnOrAfter(LocalDate date);

    /** Whether the year's official notice is entered (false: provisional). */
    boolean isOfficialYear(int year);

    /** The first date the calendar covers (2007-01-01 with the shipped data). */
    LocalDate firstCoveredDate();
}
