package org.fazhi.deadlines.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fazhi.audit.AuditLog;
import org.fazhi.deadlines.DeadlineStatus;
import org.fazhi.inbox.Inbox;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.PageQuery;
import org.fazhi.shared.PageResult;
import org.fazhi.shared.RefusedException;
import org.fazhi.units.DataScope;
import org.fazhi.units.Units;
import org.fazhi.units.UserDirectory;
import org.fazhi.shared.web.Allowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 督办台: the deadlines of the user's data scope (their unit's subtree), overdue first then by
 * due date, and 催办 — a reminder to the owner unit's staff. A deadline outside the scope answers
 * 404. Business roles only: the three administrators keep out of the business records.
 */
@Service
@Transactional(readOnly = true)
@Allowed.Staff
public class DeadlineBoard {

    static final int MAX_EXPORT = 10_000;
    static final int MAX_BULK = 200;

    /** One unit's line of the summary: how many deadlines, how many overdue. */
    public record UnitCount(Long unitId, String unitName, long total, long overdue) {
    }

    /** A deadline with the explanation of its due date (rule, source, rest days skipped). */
    public record Detail(DeadlineView deadline, String ruleTitle, String ruleSource, List<String> explanation,
            String warning) {
    }

    /** A module on the board: its code (the filter value) and its name. */
    public record Module(String code, String name) {
    }

    /** 催办 of one deadline: who was reminded, by name. */
    public record Urged(long id, String subject, List<String> recipients) {
    }

    /** 催办 of several deadlines: those urged, and those refused with the reason (a message key). */
    public record UrgedAll(List<Urged> urged, List<Refusal> refused) {
    }

    /** A deadline that could not be urged, and why. */
    public record Refusal(long id, String subject, String messageKey) {
    }

    private final DeadlineStore store;
    private final DeadlineRegister register;
    private final DataScope scope;
    private final Units units;
    private final UserDirectory users;
    private final Inbox inbox;
    private final AuditLog audit;
    private final DeadlineLabels labels;
    private final Clock clock;

    DeadlineBoard(DeadlineStore store, DeadlineRegister register, DataScope scope, Units units, UserDirectory users,
            Inbox inbox, AuditLog audit, DeadlineLabels labels, Clock clock) {
        this.store = store;
        this.register = register;
        this.scope = scope;
        this.units = units;
        this.users = users;
        this.inbox = inbox;
        this.audit = audit;
        this.labels = labels;
        this.clock = clock;
    }

    /**
     * The filter narrowed to the caller's scope; a unit outside it answers 404. {@code dueThisWeek}: the
     * running deadlines due by this Sunday (the overdue ones included), whatever the other dates say.
     */
    public BoardFilter filter(Long unitId, String module, String status, LocalDate dueFrom, LocalDate dueTo,
            boolean dueThisWeek) {
        if (dueThisWeek) {
            LocalDate sunday = today().with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.SUNDAY));
            return filter(unitId, module, null, null, sunday);
        }
        return filter(unitId, module, status, dueFrom, dueTo);
    }

    /** The filter narrowed to the caller's scope; a unit outside it answers 404. */
    public BoardFilter filter(Long unitId, String module, String status, LocalDate dueFrom, LocalDate dueTo) {
        Collection<Long> unitIds = unitId == null ? scope.visibleUnitIds() : scope.subtreeWithinScope(unitId);
        boolean all = "ALL".equalsIgnoreCase(status);
        DeadlineStatus s = null;
        if (status != null && !status.isBlank() && !all) {
            try {
                s = DeadlineStatus.valueOf(status.strip());
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.field("status", "deadlines.status.invalid");
            }
        }
        if (module != null && module.length() > 40) {
            throw InvalidInputException.field("module", "deadlines.code.invalid");
        }
        if (dueFrom != null && dueTo != null && dueTo.isBefore(dueFrom)) {
            throw InvalidInputException.field("dueTo", "deadlines.due-range.invalid");
        }
        String m = module == null || module.isBlank() ? null : module.strip();
        return new BoardFilter(unitIds, m, s, all, dueFrom, dueTo);
    }

    public PageResult<DeadlineView> list(BoardFilter f, PageQuery page) {
        List<DeadlineRow> rows = store.page(f, page.size(), page.offset());
        return new PageResult<>(views(rows), page.page(), page.size(), store.count(f));
    }

    public List<UnitCount> summary(BoardFilter f) {
        List<long[]> counts = store.countsByUnit(f);
        Map<Long, String> names = units.names(counts.stream().map(c -> c[0]).toList());
        return counts.stream().map(c -> new UnitCount(c[0], names.getOrDefault(c[0], ""), c[1], c[2]))
                .sorted((a, b) -> a.overdue() != b.overdue() ? Long.compare(b.overdue(), a.overdue())
                        : a.unitName().compareTo(b.unitName()))
                .toList();
    }

    public List<Module> modules() {
        return store.modules(scope.visibleUnitIds()).stream().map(m -> new Module(m, labels.module(m))).toList();
    }

    public DeadlineView get(long id) {
        return views(List.of(visible(id))).get(0);
    }

    public Detail detail(long id) {
        DeadlineRow row = visible(id);
        DeadlineView view = views(List.of(row)).get(0);
        String title = null;
        String source = null;
        var rule = labels.rule(row.ruleId());
        if (rule.isPresent()) {
            title = rule.get().title();
            source = rule.get().source();
        }
        List<String> explanation = new ArrayList<>();
        String warning = null;
        if (!row.fixedDue()) {
            DueComputation c = register.computation(row);
            c.parts().forEach(p -> explanation.addAll(p.explanation()));
            warning = c.parts().stream().map(p -> p.warning()).filter(w -> w != null).findFirst().orElse(null);
        }
        return new Detail(view, title, source, explanation, warning);
    }

    /** Every matching deadline (up to {@value #MAX_EXPORT}) for the Excel export; the export is audited. */
    @Transactional
    public List<DeadlineView> export(BoardFilter f) {
        List<DeadlineView> rows = views(store.page(f, MAX_EXPORT, 0));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("rows", rows.size());
        details.put("module", f.module());
        details.put("status", f.allStatuses() ? "ALL" : f.status() == null ? "ACTIVE" : f.status().name());
        audit.action(DeadlineRegister.ENTITY, "board", "export", details);
        return rows;
    }

    /** 催办: reminds the owner unit's staff (and the assignee) of a running deadline; says whom, by name. */
    @Transactional
    @Allowed.Supervisors
    public Urged urge(long id) {
        DeadlineRow row = visible(id);
        if (!row.status().isActive()) {
            throw new RefusedException("deadline-closed", "deadlines.refused.closed");
        }
        Set<Long> recipients = new LinkedHashSet<>(DeadlineScan.unitStaff(row.ownerUnitId(), users));
        if (row.assigneeUserId() != null) {
            users.find(row.assigneeUserId()).filter(u -> u.enabled()).ifPresent(u -> recipients.add(u.id()));
        }
        recipients.remove(Actor.current().userId());
        if (recipients.isEmpty()) {
            throw new RefusedException("nobody-to-urge", "deadlines.urge.nobody");
        }
        String urger = users.displayName(Actor.current().userId());
        inbox.send(recipients, "deadlines.reminder.urge",
                List.of(row.subjectTitle(), labels.label(row), row.dueDate().toString(), urger),
                "/console/deadlines/" + row.id());
        List<String> names = recipients.stream().map(users::displayName).toList();
        audit.action(DeadlineRegister.ENTITY, id, "urge", Map.of("recipients", recipients.size(),
                "recipientIds", List.copyOf(recipients), "dueDate", row.dueDate().toString(),
                "status", row.status().name()));
        return new Urged(id, row.subjectTitle(), names);
    }

    /**
     * 催办 of several deadlines at once (the board's bulk action): each visible running deadline is urged;
     * one that is closed or has nobody to remind is reported, not fatal. At most {@value #MAX_BULK}.
     */
    @Transactional
    @Allowed.Supervisors
    public UrgedAll urgeAll(Collection<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            throw InvalidInputException.field("ids", "deadlines.urge.none-chosen");
        }
        if (ids.stream().anyMatch(java.util.Objects::isNull)) {
            throw InvalidInputException.field("ids", "deadlines.urge.none-chosen");
        }
        if (ids.size() > MAX_BULK) {
            throw InvalidInputException.field("ids", "deadlines.urge.too-many", MAX_BULK);
        }
        List<Urged> urged = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        for (Long id : new java.util.LinkedHashSet<>(ids)) {
            DeadlineRow row = visible(id);
            try {
                urged.add(urge(id));
            } catch (RefusedException e) {
                refused.add(new Refusal(id, row.subjectTitle(), e.messageKey()));
            }
        }
        return new UrgedAll(urged, refused);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private DeadlineRow visible(long id) {
        DeadlineRow row = store.find(id).orElseThrow(() -> new NotFoundException(DeadlineRegister.ENTITY, id));
        if (row.ownerUnitId() == null || !scope.canSee(row.ownerUnitId())) {
            throw new NotFoundException(DeadlineRegister.ENTITY, id);
        }
        return row;
    }

    private List<DeadlineView> views(List<DeadlineRow> rows) {
        Map<Long, String> names = units.names(rows.stream().map(DeadlineRow::ownerUnitId)
                .filter(u -> u != null).distinct().toList());
        Map<Long, List<DeadlinePause>> pauses = store.pauses(rows.stream().map(DeadlineRow::id).toList());
        return rows.stream().map(r -> new DeadlineView(r.id(), r.module(), r.subjectType(), r.subjectId(),
                r.subjectTitle(), r.link(), r.ruleId(), r.term(), r.startDate(), r.dueDate(), r.status(),
                r.ownerUnitId(), names.getOrDefault(r.ownerUnitId(), ""), r.assigneeUserId(),
                r.assigneeUserId() == null ? null : users.displayName(r.assigneeUserId()), r.provisional(),
                r.extended(), r.extensionReason(), r.metOn(), r.late(), r.cancelReason(),
                pauses.getOrDefault(r.id(), List.of()).stream()
                        .map(p -> new DeadlineView.Pause(p.from(), p.to(), p.reason())).toList(),
                labels.label(r), labels.module(r.module()), labels.ruleTitle(r.ruleId()),
                register.dueIn(r.dueDate(), r.status())))
                .toList();
    }
}
