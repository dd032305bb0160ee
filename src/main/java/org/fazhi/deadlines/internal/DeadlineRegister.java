package org.fazhi.deadlines.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.fazhi.audit.AuditLog;
import org.fazhi.calendar.DueDate;
import org.fazhi.calendar.WorkingCalendar;
import org.fazhi.deadlines.DeadlineStatus;
import org.fazhi.deadlines.DueIn;
import org.fazhi.deadlines.Urgency;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.deadlines.NewDeadline;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.rules.Rule;
import org.fazhi.rules.RuleTerm;
import org.fazhi.rules.RulesCatalog;
import org.fazhi.shared.DateRange;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.InvalidInputException.FieldProblem;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.RefusedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of deadlines. A due date always comes from the rule through the calendar: the rule's
 * period (as in force on the start date) counted from the start with the paused days left out, then
 * the rule's extension counted from there once one is approved. Every write is audited in the
 * caller's transaction.
 */
@Service
@Transactional
class DeadlineRegister implements Deadlines {

    static final String ENTITY = "deadline";
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DeadlineRegister.class);
    static final int MAX_REASON = 500;

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,60}");

    private final DeadlineStore store;
    private final WorkingCalendar calendar;
    private final RulesCatalog rules;
    private final AuditLog audit;
    private final Clock clock;
    private final int dueSoonWorkingDays;

    DeadlineRegister(DeadlineStore store, WorkingCalendar calendar, RulesCatalog rules, AuditLog audit, Clock clock,
            @org.springframework.beans.factory.annotation.Value("${fazhi.deadlines.due-soon-working-days:3}")
            int dueSoonWorkingDays) {
        this.store = store;
        this.calendar = calendar;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
        this.dueSoonWorkingDays = Math.max(0, Math.min(30, dueSoonWorkingDays));
    }

    @Override
    public TrackedDeadline track(NewDeadline d) {
        validate(d);
        if (d.term() == null) {
            throw InvalidInputException.field("term", "deadlines.term.required");
        }
        DueDate due = calendar.dueByRule(d.ruleId(), d.term(), d.start(), d.ownerUnitId(), List.of());
        return insert(d, d.term().name(), due.due(), false, due.provisional());
    }

    @Override
    public List<TrackedDeadline> trackAll(List<NewDeadline> all) {
        if (all == null || all.isEmpty()) {
            return List.of();
        }
        record DueKey(String ruleId, RuleTerm term, LocalDate start, Long unitId) {
        }
        Map<DueKey, DueDate> dues = new java.util.HashMap<>();
        LocalDate today = today();
        List<DeadlineRow> rows = new ArrayList<>(all.size());
        for (NewDeadline d : all) {
            validate(d);
            if (d.term() == null) {
                throw InvalidInputException.field("term", "deadlines.term.required");
            }
            DueDate due = dues.computeIfAbsent(new DueKey(d.ruleId(), d.term(), d.start(), d.ownerUnitId()),
                    k -> calendar.dueByRule(k.ruleId(), k.term(), k.start(), k.unitId(), List.of()));
            rows.add(newRow(d, d.term().name(), due.due(), false, due.provisional(), today));
        }
        List<Long> ids = store.insertAll(rows);
        List<TrackedDeadline> tracked = new ArrayList<>(rows.size());
        List<org.fazhi.audit.AuditLog.Created> entries = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            DeadlineRow saved = rows.get(i).withId(ids.get(i));
            entries.add(new org.fazhi.audit.AuditLog.Created(saved.id(), view(saved)));
            tracked.add(saved.tracked());
        }
        audit.createdAll(ENTITY, entries);
        return tracked;
    }

    @Override
    public TrackedDeadline trackFixed(NewDeadline d, LocalDate due) {
        validate(d);
        rules.effectiveOn(d.ruleId(), d.start(), d.ownerUnitId());
        if (due == null || due.isBefore(d.start())) {
            throw InvalidInputException.field("due", "deadlines.due.before-start");
        }
        return insert(d, DeadlineRow.FIXED, due, true, false);
    }

    @Override
    public TrackedDeadline meet(long id, LocalDate on) {
        DeadlineRow before = active(id);
        LocalDate today = today();
        LocalDate earliest = earliestMeet(before);
        if (on == null || on.isBefore(earliest) || on.isAfter(today)) {
            throw InvalidInputException.field("on", "deadlines.met-on.range", earliest.toString());
        }
        DeadlineRow row = before;
        if (row.status() == DeadlineStatus.PAUSED) {
            closeOpenPause(row.id(), on);
            row = recomputed(row, row.extended() ? DeadlineStatus.EXTENDED : DeadlineStatus.OPEN);
        }
        DeadlineRow after = row.met(on);
        store.update(after);
        audit.changed(ENTITY, id, "meet", view(before), view(after));
        return after.tracked();
    }

    @Override
    public TrackedDeadline pause(long id, LocalDate from, String reason) {
        DeadlineRow before = active(id);
        if (before.status() == DeadlineStatus.PAUSED) {
            throw new RefusedException("deadline-paused", "deadlines.refused.already-paused");
        }
        if (before.fixedDue()) {
            throw new RefusedException("deadline-fixed", "deadlines.refused.fixed-pause");
        }
        if (backward(before)) {
            throw new RefusedException("deadline-backward", "deadlines.refused.backward-pause", before.ruleId());
        }
        String why = reason(reason);
        LocalDate today = today();
        if (from == null || from.isBefore(before.startDate()) || from.isAfter(today)) {
            throw InvalidInputException.field("from", "deadlines.pause.from-range", before.startDate().toString());
        }
        if (from.isAfter(before.dueDate())) {
            throw new RefusedException("deadline-expired", "deadlines.refused.pause-after-due",
                    before.dueDate().toString());
        }
        for (DeadlinePause p : store.pauses(id)) {
            if (p.to() == null || !from.isAfter(p.to())) {
                throw InvalidInputException.field("from", "deadlines.pause.overlap", p.from().toString());
            }
        }
        store.insertPause(id, from, why);
        DeadlineRow after = recomputed(before, DeadlineStatus.PAUSED);
        store.update(after);
        Map<String, Object> details = view(after);
        details.put("pauseFrom", from.toString());
        details.put("pauseReason", why);
        audit.changed(ENTITY, id, "pause", view(before), details);
        return after.tracked();
    }

    @Override
    public TrackedDeadline resume(long id, LocalDate on) {
        DeadlineRow before = lock(id);
        if (before.status() != DeadlineStatus.PAUSED) {
            throw new RefusedException("deadline-not-paused", "deadlines.refused.not-paused");
        }
        DeadlinePause open = openPause(id).orElseThrow(() -> new IllegalStateException("paused without a pause"));
        if (on == null || on.isBefore(open.from()) || on.isAfter(today())) {
            throw InvalidInputException.field("on", "deadlines.resume.range", open.from().toString());
        }
        closeOpenPause(id, on);
        DeadlineRow after = recomputed(before, before.extended() ? DeadlineStatus.EXTENDED : DeadlineStatus.OPEN);
        store.update(after);
        Map<String, Object> details = view(after);
        details.put("resumedOn", on.toString());
        audit.changed(ENTITY, id, "resume", view(before), details);
        return after.tracked();
    }

    @Override
    public TrackedDeadline extend(long id, String reason) {
        DeadlineRow before = active(id);
        String why = reason(reason);
        if (before.extended()) {
            throw new RefusedException("deadline-extended", "deadlines.refused.already-extended");
        }
        if (before.fixedDue()) {
            throw new RefusedException("deadline-fixed", "deadlines.refused.fixed-extend");
        }
        Rule rule = rules.effectiveOn(before.ruleId(), before.startDate(), before.ownerUnitId());
        if (rule.extension() == null || RuleTerm.EXTENSION.name().equals(before.term())) {
            throw new RefusedException("no-extension", "deadlines.refused.no-extension", rule.id());
        }
        DeadlineRow extended = before.extendedFor(why);
        DeadlineRow after = recomputed(extended,
                before.status() == DeadlineStatus.PAUSED ? DeadlineStatus.PAUSED : DeadlineStatus.EXTENDED);
        store.update(after);
        audit.changed(ENTITY, id, "extend", view(before), view(after));
        return after.tracked();
    }

    @Override
    public TrackedDeadline cancel(long id, String reason) {
        DeadlineRow before = active(id);
        String why = reason(reason);
        DeadlineRow after = before.cancelled(why);
        store.update(after);
        audit.changed(ENTITY, id, "cancel", view(before), view(after));
        return after.tracked();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TrackedDeadline> find(long id) {
        return store.find(id).map(DeadlineRow::tracked);
    }

    @Override
    public DueIn dueIn(LocalDate dueDate, DeadlineStatus status) {
        LocalDate today = today();
        long days = java.time.temporal.ChronoUnit.DAYS.between(today, dueDate);
        int working = dueDate.isBefore(today) ? -calendar.workingDaysBetween(dueDate, today)
                : calendar.workingDaysBetween(today, dueDate);
        Urgency urgency;
        if (status != null && !status.isActive()) {
            urgency = Urgency.NORMAL;
        } else if (dueDate.isBefore(today) || status == DeadlineStatus.OVERDUE) {
            urgency = Urgency.OVERDUE;
        } else {
            urgency = working <= dueSoonWorkingDays ? Urgency.SOON : Urgency.NORMAL;
        }
        return new DueIn(days, working, urgency);
    }

    @Override
    @Transactional(readOnly = true)
    public List<TrackedDeadline> forSubject(String module, String subjectType, String subjectId) {
        return store.forSubject(module, subjectType, subjectId).stream().map(DeadlineRow::tracked).toList();
    }

    /**
     * Computes the due date again (the calendar or a rule changed) and stores it when it moved;
     * a running deadline becomes overdue, or running again, accordingly. Audited when it changed.
     */
    boolean recompute(long id) {
        DeadlineRow before = lock(id);
        if (!before.status().isActive() || before.fixedDue()) {
            return false;
        }
        DeadlineStatus running = before.extended() ? DeadlineStatus.EXTENDED : DeadlineStatus.OPEN;
        DeadlineRow after;
        try {
            after = recomputed(before, before.status() == DeadlineStatus.PAUSED ? DeadlineStatus.PAUSED : running);
        } catch (RuntimeException e) {
            log.warn("Deadline {} could not be recomputed: {}", id, e.toString());
            return false;
        }
        if (after.dueDate().equals(before.dueDate()) && after.provisional() == before.provisional()
                && after.status() == before.status()) {
            return false;
        }
        store.update(after);
        audit.changed(ENTITY, id, "recompute", view(before), view(after));
        return true;
    }

    /**
     * How the due date of a computed deadline comes about, for its explanation: the rule's number for
     * the owner unit counted from the start with the paused days left out, and with the approved
     * extension counted on from the day the original period ends.
     */
    @Transactional(readOnly = true)
    DueComputation computation(DeadlineRow row) {
        List<DateRange> pauses = store.pauses(row.id()).stream().map(DeadlinePause::range).toList();
        RuleTerm term = row.extended() ? RuleTerm.EXTENSION : RuleTerm.valueOf(row.term());
        DueDate due = calendar.dueByRule(row.ruleId(), term, row.startDate(), row.ownerUnitId(), pauses);
        return new DueComputation(due.due(), due.provisional(), List.of(due));
    }

    /** A deadline counted back from an event (MD-03: materials 7 days before the hearing). */
    private static boolean backward(DeadlineRow row) {
        return !row.fixedDue() && row.dueDate().isBefore(row.startDate());
    }

    /** The earliest day a deadline can have been met: its start, or for one before an event a year earlier. */
    private static LocalDate earliestMeet(DeadlineRow row) {
        return backward(row) ? row.dueDate().minusYears(1) : row.startDate();
    }

    private DeadlineRow recomputed(DeadlineRow row, DeadlineStatus status) {
        DueComputation c = computation(row);
        DeadlineStatus s = status;
        if (s != DeadlineStatus.PAUSED && c.due().isBefore(today())) {
            s = DeadlineStatus.OVERDUE;
        }
        return row.withDue(c.due(), c.provisional(), s);
    }

    private TrackedDeadline insert(NewDeadline d, String term, LocalDate due, boolean fixed, boolean provisional) {
        DeadlineRow row = newRow(d, term, due, fixed, provisional, today());
        long id = store.insert(row);
        DeadlineRow saved = store.find(id).orElseThrow();
        audit.created(ENTITY, id, view(saved));
        return saved.tracked();
    }

    private static DeadlineRow newRow(NewDeadline d, String term, LocalDate due, boolean fixed, boolean provisional,
            LocalDate today) {
        DeadlineStatus status = due.isBefore(today) ? DeadlineStatus.OVERDUE : DeadlineStatus.OPEN;
        return new DeadlineRow(null, d.module().strip(), d.subjectType().strip(), d.subjectId().strip(),
                d.subjectTitle().strip(), blankToNull(d.link()), blankToNull(d.label()), d.ruleId(), term, d.start(), due,
                fixed, status, d.ownerUnitId(), d.assigneeUserId(), provisional, false, null, null, false, null, false,
                false, null, null);
    }

    private void validate(NewDeadline d) {
        if (d == null) {
            throw InvalidInputException.field("deadline", "deadlines.invalid");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (d.module() == null || !CODE.matcher(d.module().strip()).matches() || d.module().strip().length() > 40) {
            problems.add(new FieldProblem("module", "deadlines.code.invalid", null));
        }
        if (d.subjectType() == null || !CODE.matcher(d.subjectType().strip()).matches()) {
            problems.add(new FieldProblem("subjectType", "deadlines.code.invalid", null));
        }
        if (d.subjectId() == null || d.subjectId().isBlank() || d.subjectId().strip().length() > 100) {
            problems.add(new FieldProblem("subjectId", "deadlines.subject-id.invalid", null));
        }
        if (d.subjectTitle() == null || d.subjectTitle().isBlank() || d.subjectTitle().strip().length() > 300) {
            problems.add(new FieldProblem("subjectTitle", "deadlines.title.invalid", null));
        }
        if (d.label() != null && d.label().strip().length() > 200) {
            problems.add(new FieldProblem("label", "deadlines.label.invalid", null));
        }
        if (d.link() != null && !d.link().isBlank() && !isLocalPath(d.link().strip())) {
            problems.add(new FieldProblem("link", "deadlines.link.invalid", null));
        }
        if (d.start() == null) {
            problems.add(new FieldProblem("start", "deadlines.start.required", null));
        }
        if (d.ruleId() == null || d.ruleId().isBlank()) {
            problems.add(new FieldProblem("ruleId", "deadlines.rule.required", null));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(400, "invalid-input", "problem.invalid-input", problems);
        }
    }

    /** A console path of this site, never another site (no scheme, no "//", at most 500 characters). */
    static boolean isLocalPath(String link) {
        return link.length() <= 500 && link.startsWith("/") && !link.startsWith("//") && !link.contains("\\")
                && link.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
    }

    private DeadlineRow active(long id) {
        DeadlineRow row = lock(id);
        if (!row.status().isActive()) {
            throw new RefusedException("deadline-closed", "deadlines.refused.closed");
        }
        return row;
    }

    private DeadlineRow lock(long id) {
        return store.lock(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    private Optional<DeadlinePause> openPause(long id) {
        return store.pauses(id).stream().filter(p -> p.to() == null).findFirst();
    }

    /** Ends the open pause the day before {@code on}; a pause ended on its first day counted no day. */
    private void closeOpenPause(long id, LocalDate on) {
        openPause(id).ifPresent(p -> {
            if (on.isAfter(p.from())) {
                store.closePause(p.id(), on.minusDays(1));
            } else {
                store.deletePause(p.id());
            }
        });
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON) {
            throw InvalidInputException.field("reason", "deadlines.reason.invalid", MAX_REASON);
        }
        return reason.strip();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static Map<String, Object> view(DeadlineRow r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("module", r.module());
        m.put("subjectType", r.subjectType());
        m.put("subjectId", r.subjectId());
        m.put("subjectTitle", r.subjectTitle());
        m.put("label", r.label());
        m.put("ruleId", r.ruleId());
        m.put("term", r.term());
        m.put("startDate", r.startDate().toString());
        m.put("dueDate", r.dueDate().toString());
        m.put("status", r.status().name());
        m.put("ownerUnitId", r.ownerUnitId());
        m.put("assigneeUserId", r.assigneeUserId());
        m.put("provisional", r.provisional());
        m.put("extended", r.extended());
        m.put("extensionReason", r.extensionReason());
        m.put("metOn", r.metOn() == null ? null : r.metOn().toString());
        m.put("late", r.late());
        m.put("cancelReason", r.cancelReason());
        return m;
    }
}
