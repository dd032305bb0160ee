package org.fazhi.calendar;

import java.time.LocalDate;

/**
 * One date of the calendar. {@code name} is the festival (e.g. 国庆节) for holidays and make-up
 * days, else null. {@code provisional}: the year's notice is not entered; computed from the
 * statutory holidays.
 */
public record CalendarDay(LocalDate date, boolean workingDay, DayKind kind, String name, boolean provisional) {
}
