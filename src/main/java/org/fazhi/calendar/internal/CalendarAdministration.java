package org.fazhi.calendar.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.fazhi.audit.AuditLog;
import org.fazhi.calendar.CalendarChanged;
import org.fazhi.calendar.DayKind;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.InvalidInputException.FieldProblem;
import org.fazhi.shared.RefusedException;
import org.fazhi.shared.web.Allowed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeping the official calendar: correcting a day of an entered year, entering a year's State
 * Council notice (the year becomes official and every open deadline is recomputed), withdrawing
 * a wrongly entered latest notice. Every change is audited and announces {@link CalendarChanged}.
 */
@Service
@Transactional
class CalendarAdministration {

    static final int MAX_REASON = 500;
    static final int MAX_SOURCE = 200;

    /** What a day becomes: a day off, a make-up working day, or an ordinary day again. */
    enum DayChange {
        HOLIDAY, WORKDAY, ORDINARY
    }

    record NoticeResult(int year, int days, Set<Integer> changedYears) {
    }

    private final CalendarStore store;
    private final OfficialCalendar calendar;
    private final KernelEditor editor;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    CalendarAdministration(CalendarStore store, OfficialCalendar calendar, KernelEditor editor, AuditLog audit,
            ApplicationEventPublisher events) {
        this.store = store;
        this.calendar = calendar;
        this.editor = editor;
        this.audit = audit;
        this.events = events;
    }

    @Allowed.ConfigKeepers
    public void setDay(LocalDate date, DayChange change, String name, String reason) {
        editor.require();
        List<FieldProblem> problems = new ArrayList<>();
        if (date == null) {
            throw InvalidInputException.field("date", "calendar.date.invalid");
        }
        if (change == null) {
            throw InvalidInputException.field("kind", "calendar.day.kind.invalid");
        }
        String cleanName = name == null ? "" : name.strip();
        String cleanReason = reason == null ? "" : reason.strip();
        if (!calendar.book().isOfficial(date.getYear())) {
            problems.add(new FieldProblem("date", "calendar.day.not-official", new Object[] {String.valueOf(date.getYear())}));
        }
        if (change != DayChange.ORDINARY && (cleanName.isEmpty() || cleanName.length() > NoticeRows.MAX_NAME)) {
            problems.add(new FieldProblem("name", "calendar.day.name.invalid", new Object[] {NoticeRows.MAX_NAME}));
        }
        if (change == DayChange.WORKDAY && !StatutoryHolidays.isWeekend(date)) {
            problems.add(new FieldProblem("kind", "calendar.day.workday-weekend", new Object[] {date.toString()}));
        }
        if (cleanReason.isEmpty() || cleanReason.length() > MAX_REASON) {
            problems.add(new FieldProblem("reason", "calendar.reason.invalid", new Object[] {MAX_REASON}));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(400, "invalid-input", "problem.invalid-input", problems);
        }
        Optional<ExceptionalDay> before = store.day(date);
        String by = Actor.current().username();
        if (change == DayChange.ORDINARY) {
            if (before.isEmpty()) {
                return;
            }
            store.deleteDay(date);
        } else {
            ExceptionalDay after = new ExceptionalDay(date, DayKind.valueOf(change.name()), cleanName,
                    before.map(ExceptionalDay::noticeYear).orElse(HolidayCsv.noticeYear(date, cleanName)), cleanReason);
            if (before.isPresent()) {
                store.updateDay(after, by);
            } else {
                store.insertDay(after, by);
            }
        }
        store.bumpRevision();
        calendar.invalidate();
        Map<String, Object> after = change == DayChange.ORDINARY ? null
                : describe(date, change.name(), cleanName);
        if (after != null) {
            after.put("reason", cleanReason);
        }
        audit.changed("calendar-day", date, "set-day", before.map(d -> describe(d.date(), d.kind().name(), d.name()))
                .orElse(null), after == null ? Map.of("reason", cleanReason) : after);
        events.publishEvent(new CalendarChanged(Set.of(date.getYear())));
    }

    /** Enters (or re-enters) the notice of {@code year}: its days replace those it listed before. */
    @Allowed.ConfigKeepers
    public NoticeResult enterNotice(int year, String source, List<NoticeRow> rows) {
        editor.require();
        CalendarBook book = calendar.book();
        String cleanSource = source == null ? "" : source.strip();
        List<FieldProblem> problems = new ArrayList<>();
        int first = book.officialYears().isEmpty() ? year : book.officialYears().first();
        if (year < first || year > CalendarBook.LAST_SUPPORTED_YEAR) {
            throw InvalidInputException.field("year", "calendar.notice.year.range", String.valueOf(first),
                    String.valueOf(CalendarBook.LAST_SUPPORTED_YEAR));
        }
        if (cleanSource.isEmpty() || cleanSource.length() > MAX_SOURCE) {
            problems.add(new FieldProblem("source", "calendar.notice.source.invalid", new Object[] {MAX_SOURCE}));
        }
        if (rows == null || rows.isEmpty()) {
            problems.add(new FieldProblem("rows", "calendar.notice.empty", null));
        } else {
            LocalDate earliest = LocalDate.of(year - 1, 12, 1);
            LocalDate latest = LocalDate.of(year, 12, 31);
            Set<LocalDate> seen = new HashSet<>();
            for (NoticeRow r : rows) {
                String field = "rows[" + r.line() + "]";
                if (r.date().isBefore(earliest) || r.date().isAfter(latest)) {
                    problems.add(new FieldProblem(field, "calendar.notice.row.outside",
                            new Object[] {r.line(), r.date().toString(), String.valueOf(year)}));
                } else if (!seen.add(r.date())) {
                    problems.add(new FieldProblem(field, "calendar.notice.row.duplicate",
                            new Object[] {r.line(), r.date().toString()}));
                } else if (r.kind() == DayKind.WORKDAY && !StatutoryHolidays.isWeekend(r.date())) {
                    problems.add(new FieldProblem(field, "calendar.notice.row.workday",
                            new Object[] {r.line(), r.date().toString()}));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(400, "invalid-notice", "calendar.notice.invalid", problems);
        }
        List<ExceptionalDay> previous = store.daysOfNotice(year);
        boolean wasOfficial = book.isOfficial(year);
        Set<Integer> changed = new TreeSet<>();
        changed.add(year);
        previous.forEach(d -> changed.add(d.date().getYear()));
        store.deleteNotice(year);
        String by = Actor.current().username();
        for (NoticeRow r : rows) {
            store.deleteDay(r.date());
            store.insertDay(new ExceptionalDay(r.date(), r.kind(), r.name().strip(), year, null), by);
            changed.add(r.date().getYear());
        }
        CalendarYear entered = new CalendarYear(year, "OFFICIAL", cleanSource, by, store.instant());
        if (store.year(year).isPresent()) {
            store.updateYear(entered);
        } else {
            store.insertYear(entered);
        }
        store.bumpRevision();
        calendar.invalidate();
        audit.changed("calendar-year", year, "enter-notice",
                Map.of("status", wasOfficial ? "OFFICIAL" : "PROVISIONAL", "days", lines(previous)),
                Map.of("status", "OFFICIAL", "source", cleanSource, "days",
                        lines(rows.stream().map(r -> new ExceptionalDay(r.date(), r.kind(), r.name(), year, null))
                                .toList())));
        events.publishEvent(new CalendarChanged(changed));
        return new NoticeResult(year, rows.size(), changed);
    }

    /** Takes back the latest entered notice (entered by mistake): the year is provisional again. */
    @Allowed.ConfigKeepers
    public void withdrawNotice(int year, String reason) {
        editor.require();
        String cleanReason = reason == null ? "" : reason.strip();
        if (cleanReason.isEmpty() || cleanReason.length() > MAX_REASON) {
            throw InvalidInputException.field("reason", "calendar.reason.invalid", MAX_REASON);
        }
        CalendarBook book = calendar.book();
        if (!book.isOfficial(year)) {
            throw new RefusedException("not-official", "calendar.withdraw.not-official", String.valueOf(year));
        }
        if (year != book.officialYears().last() || year == book.officialYears().first()) {
            throw new RefusedException("not-latest", "calendar.withdraw.not-latest", String.valueOf(year));
        }
        if (store.year(year).map(CalendarAdministration::shipped).orElse(false)) {
            throw new RefusedException("shipped", "calendar.withdraw.shipped", String.valueOf(year));
        }
        List<ExceptionalDay> previous = store.daysOfNotice(year);
        Set<Integer> changed = new TreeSet<>();
        changed.add(year);
        previous.forEach(d -> changed.add(d.date().getYear()));
        store.deleteNotice(year);
        store.deleteYear(year);
        store.bumpRevision();
        calendar.invalidate();
        audit.changed("calendar-year", year, "withdraw-notice", Map.of("status", "OFFICIAL", "days", lines(previous)),
                Map.of("status", "PROVISIONAL", "reason", cleanReason));
        events.publishEvent(new CalendarChanged(changed));
    }

    /** A year loaded from the shipped data, not entered by a person: it cannot be withdrawn. */
    static boolean shipped(CalendarYear y) {
        return HolidayDataLoader.SOURCE.equals(y.source()) && Actor.SYSTEM_NAME.equals(y.enteredBy());
    }

    private static Map<String, Object> describe(LocalDate date, String kind, String name) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", date.toString());
        m.put("kind", kind);
        m.put("name", name);
        return m;
    }

    private static List<String> lines(List<ExceptionalDay> days) {
        return days.stream().map(d -> d.date() + " " + d.kind().name() + " " + d.name()).toList();
    }
}
