package org.fazhi.calendar.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fazhi.calendar.CalendarDay;
import org.fazhi.calendar.DayKind;
import org.fazhi.calendar.DueDate;
import org.fazhi.shared.DateRange;
import org.fazhi.shared.Period;
import org.fazhi.shared.PeriodUnit;

/**
 * Deadline arithmetic over a calendar, with the explanation a citizen can check by hand.
 * <ul>
 * <li>Working days: the Nth working day strictly after the start (the start day never counts);
 * every rest day skipped is named with its reason.</li>
 * <li>Calendar days: the start day is not counted (民法典 Art. 201).</li>
 * <li>Months: the corresponding day of the month N months later, or that month's last day when
 * it has no such day (民法典 Art. 202).</li>
 * <li>With rest-day rollover, a calendar-day or month period whose last day is a rest day ends on
 * the next working day (民法典 Art. 203, 民事诉讼法 Art. 85).</li>
 * <li>Paused days do not count: skipped for working days, added for calendar days and months. A
 * pause still open runs to {@code today}.</li>
 * </ul>
 * A period touching a year whose notice is not entered is provisional and carries a warning.
 */
final class DueDateCalculator {

    private final Function<LocalDate, CalendarDay> days;
    private final Texts texts;

    DueDateCalculator(Function<LocalDate, CalendarDay> days, Texts texts) {
        this.days = days;
        this.texts = texts;
    }

    DueDate due(LocalDate from, Period period, List<DateRange> pauses, LocalDate today) {
        if (from == null || period == null) {
            throw new IllegalArgumentException("from and period are required");
        }
        if (period.amount() < 0) {
            throw new IllegalArgumentException("negative period " + period);
        }
        Walk walk = new Walk(closed(pauses, today));
        walk.look(from);
        LocalDate due = switch (period.unit()) {
            case WORKING_DAYS -> workingDays(from, period.amount(), walk);
            case CALENDAR_DAYS, MONTHS -> calendar(from, period, walk);
        };
        String warning = walk.provisionalYears.isEmpty() ? null
                : texts.text("calendar.provisional.warning", walk.provisionalYears.stream().map(String::valueOf)
                        .collect(Collectors.joining("、")));
        return new DueDate(from, period, due, !walk.provisionalYears.isEmpty(), warning, walk.lines);
    }

    int workingDaysBetween(LocalDate start, LocalDate end) {
        days.apply(start);
        int n = 0;
        for (LocalDate d = start.plusDays(1); !d.isAfter(end); d = d.plusDays(1)) {
            if (days.apply(d).workingDay()) {
                n++;
            }
        }
        return n;
    }

    LocalDate workingDayOnOrAfter(LocalDate date) {
        LocalDate d = date;
        while (!days.apply(d).workingDay()) {
            d = d.plusDays(1);
        }
        return d;
    }

    private LocalDate workingDays(LocalDate from, int amount, Walk walk) {
        LocalDate d = from;
        int counted = 0;
        while (counted < amount) {
            d = d.plusDays(1);
            CalendarDay day = walk.look(d);
            if (walk.paused(d)) {
                continue;
            }
            if (day.workingDay()) {
                counted++;
                if (day.kind() == DayKind.WORKDAY) {
                    walk.lines.add(texts.text("calendar.explain.makeup", d.toString(), weekday(d), day.name()));
                }
            } else {
                walk.lines.add(restLine(day));
            }
        }
        return d;
    }

    private LocalDate calendar(LocalDate from, Period period, Walk walk) {
        int amount = period.amount();
        LocalDate nominal;
        if (period.unit() == PeriodUnit.MONTHS) {
            nominal = from.plusMonths(amount);
            walk.lines.add(texts.text("calendar.explain.months", from.toString(), String.valueOf(amount),
                    nominal.toString()));
            if (nominal.getDayOfMonth() != from.getDayOfMonth()) {
                walk.lines.add(texts.text("calendar.explain.month-end", nominal.toString()));
            }
        } else {
            nominal = from.plusDays(amount);
            walk.lines.add(texts.text("calendar.explain.calendar-days", from.toString(), String.valueOf(amount),
                    nominal.toString()));
        }
        LocalDate due = nominal;
        int shift = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(due); d = d.plusDays(1)) {
            walk.look(d);
            if (walk.paused(d)) {
                due = due.plusDays(1);
                shift++;
            }
        }
        if (shift > 0) {
            walk.lines.add(texts.text("calendar.explain.pause-shift", String.valueOf(shift), due.toString()));
        }
        if (period.restDayRollover()) {
            CalendarDay last = walk.look(due);
            if (!last.workingDay()) {
                LocalDate next = due.plusDays(1);
                while (!walk.look(next).workingDay()) {
                    next = next.plusDays(1);
                }
                walk.lines.add(texts.text("calendar.explain.rollover", due.toString(), reason(last), next.toString()));
                due = next;
            }
        }
        return due;
    }

    private String restLine(CalendarDay day) {
        if (day.kind() == DayKind.HOLIDAY) {
            return texts.text(day.provisional() ? "calendar.explain.holiday-provisional" : "calendar.explain.holiday",
                    day.date().toString(), day.name());
        }
        return texts.text("calendar.explain.weekend", day.date().toString(), weekday(day.date()));
    }

    private String reason(CalendarDay day) {
        return day.kind() == DayKind.HOLIDAY ? texts.text("calendar.reason.holiday", day.name())
                : texts.text("calendar.reason.weekend", weekday(day.date()));
    }

    private String weekday(LocalDate d) {
        return texts.text("calendar.weekday." + d.getDayOfWeek().getValue());
    }

    private static List<DateRange> closed(List<DateRange> pauses, LocalDate today) {
        List<DateRange> out = new ArrayList<>();
        if (pauses == null) {
            return out;
        }
        for (DateRange p : pauses) {
            if (p.to() != null) {
                out.add(p);
            } else if (today != null && !today.isBefore(p.from())) {
                out.add(new DateRange(p.from(), today));
            }
        }
        return out;
    }

    /** The state of one computation: the days looked at, the pauses explained, the lines written. */
    private final class Walk {

        final List<DateRange> pauses;
        final List<String> lines = new ArrayList<>();
        final SortedSet<Integer> provisionalYears = new TreeSet<>();
        final Set<DateRange> explained = new LinkedHashSet<>();

        Walk(List<DateRange> pauses) {
            this.pauses = pauses;
        }

        CalendarDay look(LocalDate d) {
            CalendarDay day = days.apply(d);
            if (day.provisional()) {
                provisionalYears.add(d.getYear());
            }
            return day;
        }

        boolean paused(LocalDate d) {
            for (DateRange p : pauses) {
                if (p.contains(d)) {
                    if (explained.add(p)) {
                        lines.add(texts.text("calendar.explain.paused", p.from().toString(), p.to().toString()));
                    }
                    return true;
                }
            }
            return false;
        }
    }
}
