package org.fazhi.shared;

import java.time.LocalDate;

/**
 * A statutory period: "5 working days", "60 days", "3 months". {@code restDayRollover}: when the
 * last day of a calendar-day or month period is a rest day, the period ends on the next working
 * day (民事诉讼法 Art. 85, 民法典 Art. 203) — set where the rule says so. {@code counting}: forward from
 * a start event (the default), back from a later event (MD-03), or a term counting its first day
 * (有效期, LC-01).
 */
public record Period(int amount, PeriodUnit unit, boolean restDayRollover, PeriodCounting counting) {

    public Period {
        if (unit == null) {
            throw new IllegalArgumentException("unit");
        }
        if (counting == null) {
            counting = PeriodCounting.FORWARD;
        }
    }

    /** A forward period (the start day not counted). */
    public Period(int amount, PeriodUnit unit, boolean restDayRollover) {
        this(amount, unit, restDayRollover, PeriodCounting.FORWARD);
    }

    public static Period workingDays(int n) {
        return new Period(n, PeriodUnit.WORKING_DAYS, false);
    }

    public static Period calendarDays(int n, boolean restDayRollover) {
        return new Period(n, PeriodUnit.CALENDAR_DAYS, restDayRollover);
    }

    public static Period months(int n, boolean restDayRollover) {
        return new Period(n, PeriodUnit.MONTHS, restDayRollover);
    }

    /**
     * The period as calendar arithmetic ({@code 60 months} → {@code P60M}, {@code 30 days} →
     * {@code P30D}), honouring its unit. Working days are counted on the official calendar
     * ({@code calendar.WorkingCalendar}), never here: asking for them is a programming error.
     */
    public java.time.Period toJavaPeriod() {
        return switch (unit) {
            case CALENDAR_DAYS -> java.time.Period.ofDays(amount);
            case MONTHS -> java.time.Period.ofMonths(amount);
            case WORKING_DAYS -> throw new IllegalStateException("working days are counted on the calendar");
        };
    }

    /** A term of whole years counting its first day (有效期 of a normative document). */
    public static Period termOfYears(int years) {
        return new Period(Math.multiplyExact(years, 12), PeriodUnit.MONTHS, false, PeriodCounting.TERM);
    }

    /** The same period counted the other way or as a term. */
    public Period counted(PeriodCounting how) {
        return new Period(amount, unit, restDayRollover, how);
    }

    /** The length in months of a month period (LC-01: 60). Days are not months: IllegalArgumentException. */
    public int months() {
        if (unit != PeriodUnit.MONTHS) {
            throw new IllegalArgumentException("not a month period: " + this);
        }
        return amount;
    }

    /**
     * The whole years a month period holds (LC-01 60 months: 5; a local 30 months: 2 — never more than
     * the period allows). Days are not years: IllegalArgumentException.
     */
    public int wholeYears() {
        return months() / 12;
    }

    /**
     * The last day of a term of this length that begins on {@code firstDay}, that day counted
     * (有效期): the day before the corresponding day {@code amount} months later, or the last day of
     * that month when it has no corresponding day (民法典 Art. 202 read for a term that counts its first
     * day). 5 years from 2026-03-02 end on 2031-03-01; a month from 2024-01-31 ends on 2024-02-29. No
     * rest-day rollover: a term is not a period for doing an act. Only for month periods.
     */
    public LocalDate endOfTermFrom(LocalDate firstDay) {
        LocalDate corresponding = firstDay.plusMonths(months());
        return corresponding.getDayOfMonth() != firstDay.getDayOfMonth() ? corresponding : corresponding.minusDays(1);
    }
}
