package org.fazhi.calendar;

/** What a date is: a make-up working day, an official day off, an ordinary weekend or weekday. */
public enum DayKind {
    /** 调休上班: a Saturday or Sunday that is an official working day. */
    WORKDAY,
    /** 放假: an official day off. */
    HOLIDAY,
    /** An ordinary Saturday or Sunday. */
    WEEKEND,
    /** An ordinary Monday to Friday. */
    WEEKDAY;

    /** The lower-case name used in the JSON API ({@code workday}, {@code holiday}, ...). */
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
