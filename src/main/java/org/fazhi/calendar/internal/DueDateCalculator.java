package org.fazhi.calendar.internal;

import java.time.LocalDate;
import java.time.MonthDay;
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
import org.fazhi.shared.PeriodCounting;
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
 * the next working day, citing the provision that applies to the period (民法典 Art. 203; 民事诉讼法
 * Art. 85 through 行政复议法 Art. 88 or 行政诉讼法 Art. 101).</li>
 * <li>Paused days do not count: skipped for working days, added for calendar days and months. A
 * pause still open runs to {@code today}.</li>
 * <li>Back from an event (MD-03, LT-04): the event day is not counted; N days (or working days) before
 * it is the last day on which the act can still be done. No rollover: moving later would cut the
 * notice short; a rest day is named with the last working day before it.</li>
 * <li>A term counting its first day (有效期, LC-01): the day before the corresponding day N months later.</li>
 * <li>An extension (GI-01, RC-06) is counted from the day the original period ends.</li>
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
        return due(from, period, pauses, today, null);
    }

    /** {@code rolloverBasis}: the provision cited when a last day rolls over (null: 民法典第二百零三条). */
    DueDate due(LocalDate from, Period period, List<DateRange> pauses, LocalDate today, String rolloverBasis) {
        if (from == null || period == null) {
            throw new IllegalArgumentException("from and period are required");
        }
        if (period.amount() < 0) {
            throw new IllegalArgumentException("negative period " + period);
        }
        Walk walk = new Walk(period.counting() == PeriodCounting.FORWARD ? closed(pauses, today) : List.of());
        walk.look(from);
        LocalDate due = switch (period.counting()) {
            case FORWARD -> switch (period.unit()) {
                case WORKING_DAYS -> workingDays(from, period.amount(), walk);
                case CALENDAR_DAYS, MONTHS -> calendar(from, period, walk, basis(rolloverBasis));
            };
            case BACKWARD -> backward(from, period, walk);
            case TERM -> term(from, period, walk);
        };
        return done(walk, from, period, due, null);
    }

    /**
     * The original period, then the approved extension counted from the day it ends; paused days move
     * the end of whichever part they fall in.
     */
    DueDate extended(LocalDate from, Period base, Period extension, List<DateRange> pauses, LocalDate today,
            String rolloverBasis) {
        DueDate first = due(from, base, pauses, today, rolloverBasis);
        List<DateRange> later = new ArrayList<>();
        for (DateRange p : closed(pauses, today)) {
            if (p.to().isAfter(first.due())) {
                later.add(new DateRange(p.from().isAfter(first.due()) ? p.from() : first.due().plusDays(1), p.to()));
            }
        }
        Walk walk = new Walk(later);
        walk.lines.addAll(first.explanation());
        walk.lines.add(texts.text("calendar.explain.extension", first.due().toString(), amount(extension)));
        if (first.provisional()) {
            for (LocalDate d = from; !d.isAfter(first.due()); d = d.plusDays(1)) {
                walk.look(d);
            }
        }
        LocalDate due = switch (extension.unit()) {
            case WORKING_DAYS -> workingDays(first.due(), extension.amount(), walk);
            case CALENDAR_DAYS, MONTHS -> calendar(first.due(), extension, walk, basis(rolloverBasis));
        };
        return done(walk, from, base, due, extension);
    }

    /** The first {@code date} of a year on or after {@code from} (an annual duty by a fixed date). */
    DueDate fixed(LocalDate from, MonthDay date) {
        Walk walk = new Walk(List.of());
        walk.look(from);
        LocalDate due = date.atYear(from.getYear());
        if (due.isBefore(from)) {
            due = date.atYear(from.getYear() + 1);
        }
        walk.look(due);
        walk.lines.add(texts.text("calendar.explain.fixed", String.valueOf(date.getMonthValue()),
                String.valueOf(date.getDayOfMonth()), from.toString(), due.toString()));
        return done(walk, from, null, due, null);
    }

    private DueDate done(Walk walk, LocalDate from, Period period, LocalDate due, Period extension) {
        String warning = walk.provisionalYears.isEmpty() ? null
                : texts.text("calendar.provisional.warning", walk.provisionalYears.stream().map(String::valueOf)
                        .collect(Collectors.joining("、")));
        return new DueDate(from, period, due, !walk.provisionalYears.isEmpty(), warning, walk.lines, extension);
    }

    private String basis(String rolloverBasis) {
        return rolloverBasis == null || rolloverBasis.isBlank() ? texts.text("calendar.rollover.basis.default")
                : rolloverBasis;
    }

    private String amount(Period p) {
        return texts.text("calendar.amount." + p.unit().name(), String.valueOf(p.amount()));
    }

    /** N days (working days, months) before the event, the event day not counted. */
    private LocalDate backward(LocalDate event, Period period, Walk walk) {
        int n = period.amount();
        LocalDate d;
        switch (period.unit()) {
            case WORKING_DAYS -> {
                d = event;
                int counted = 0;
                while (counted < n) {
                    d = d.minusDays(1);
                    CalendarDay day = walk.look(d);
                    if (day.workingDay()) {
                        counted++;
                    } else {
                        walk.lines.add(restLine(day));
                    }
                }
                walk.lines.add(texts.text("calendar.explain.backward", event.toString(), amount(period), d.toString()));
            }
            case CALENDAR_DAYS -> {
                d = event.minusDays(n);
                walk.lines.add(texts.text("calendar.explain.backward", event.toString(), amount(period), d.toString()));
            }
            default -> {
                d = event.minusMonths(n);
                walk.lines.add(texts.text("calendar.explain.backward", event.toString(), amount(period), d.toString()));
            }
        }
        CalendarDay last = walk.look(d);
        if (!last.workingDay()) {
            LocalDate before = d.minusDays(1);
            while (!walk.look(before).workingDay()) {
                before = before.minusDays(1);
            }
            walk.lines.add(texts.text("calendar.explain.backward-rest", d.toString(), reason(last), before.toString()));
        }
        return d;
    }

    /** The last day of a term that counts its first day. */
    private LocalDate term(LocalDate first, Period period, Walk walk) {
        LocalDate end = switch (period.unit()) {
            case MONTHS -> period.endOfTermFrom(first);
            case CALENDAR_DAYS -> first.plusDays(period.amount() - 1L);
            case WORKING_DAYS -> {
                LocalDate d = first.minusDays(1);
                int counted = 0;
                while (counted < period.amount()) {
                    d = d.plusDays(1);
                    if (walk.look(d).workingDay()) {
                        counted++;
                    }
                }
                yield d;
            }
        };
        walk.look(end);
        walk.lines.add(texts.text("calendar.explain.term", first.toString(), amount(period), end.toString()));
        return end;
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

    private LocalDate calendar(LocalDate from, Period period, Walk walk, String basis) {
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
                walk.lines.add(texts.text("calendar.explain.rollover", due.toString(), reason(last), next.toString(),
                        basis));
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
