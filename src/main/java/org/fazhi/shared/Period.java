package org.fazhi.shared;

/**
 * A statutory period: "5 working days", "60 days", "3 months". {@code restDayRollover}: when the
 * last day of a calendar-day or month period is a rest day, the period ends on the next working
 * day (民事诉讼法 Art. 85, 民法典 Art. 203) — set where the rule says so.
 */
public record Period(int amount, PeriodUnit unit, boolean restDayRollover) {

    public Period {
        if (unit == null) {
            throw new IllegalArgumentException("unit");
        }
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
}
