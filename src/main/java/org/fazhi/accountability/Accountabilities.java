package org.fazhi.accountability;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.fazhi.accountability.AccountabilitySource.Source;
import org.fazhi.accountability.internal.AccountabilityProcedure;
import org.fazhi.accountability.internal.AccountabilityProcedure.Facts;
import org.fazhi.accountability.internal.AccountabilityProcedure.Step;
import org.fazhi.accountability.internal.AccountabilityRecord;
import org.fazhi.accountability.internal.AccountabilityRecords;
import org.fazhi.accountability.internal.AccountabilityRules;
import org.fazhi.accountability.internal.AccountabilityStore;
import org.fazhi.audit.AuditLog;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.deadlines.NewDeadline;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.StaleVersionException;
import org.fazhi.shared.procedure.Guide;
import org.fazhi.shared.web.Allowed;
import org.fazhi.units.DataScope;
import org.fazhi.units.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accountability records step by step, each audited in the same transaction: opened for a record the
 * actor may see (a suit, a reconsideration case, a deadline … through the modules'
 * {@link AccountabilitySource}s), the AC-01 clock on the unit's 督办台; extended once with its approval;
 * decided with the measures taken, or cleared with the reason. Another unit's record answers 404.
 */
@Service
@Transactional
public class Accountabilities {

    static final String ENTITY = AccountabilityCase.SUBJECT.name();

    private final AccountabilityRecords records;
    private final AccountabilityStore store;
    private final List<AccountabilitySource> sources;
    private final Deadlines deadlines;
    private final DataScope scope;
    private final AuditLog audit;
    private final Clock clock;

    Accountabilities(AccountabilityRecords records, AccountabilityStore store, List<AccountabilitySource> sources,
            Deadlines deadlines, DataScope scope, AuditLog audit, Clock clock) {
        this.records = records;
        this.store = store;
        this.sources = sources;
        this.deadlines = deadlines;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    /** The kinds of record accountability can be opened for. */
    @Transactional(readOnly = true)
    @Allowed.Overseers
    public Set<String> sourceTypes() {
        Set<String> types = new TreeSet<>();
        sources.forEach(s -> types.add(s.subjectType()));
        return types;
    }

    @Allowed.RuleOfLawOffice
    public AccountabilityCase open(AccountabilityRequest r) {
        LocalDate today = LocalDate.now(clock);
        Source source = source(r.sourceType().strip(), r.sourceId());
        if (r.openedOn().isAfter(today)) {
            throw InvalidInputException.field("openedOn", "accountability.date.future");
        }
        AccountabilityRecord record = AccountabilityRecord.opened(source, r.fault(), r.personName().strip(),
                blank(r.personPost()), r.openedOn(), r.facts().strip(), Actor.current().userId(), now());
        records.save(record);
        TrackedDeadline due = deadlines.track(NewDeadline.of(AccountabilityCase.MODULE, ENTITY,
                String.valueOf(record.id()), source.title(), AccountabilityRules.HANDLING, r.openedOn(), source.unitId())
                .withLabel("accountability.deadline.handling").withLink("/console/accountability/" + record.id()));
        record.clock(due.id());
        records.save(record);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("unitId", source.unitId());
        details.put("source", source.subjectType() + "/" + source.id());
        details.put("fault", r.fault());
        details.put("openedOn", r.openedOn());
        details.put("due", due.dueDate());
        audit.created(ENTITY, record.id(), details);
        return store.find(record.id()).orElseThrow();
    }

    @Allowed.RuleOfLawOffice
    public AccountabilityCase extend(long id, ExtensionRequest r) {
        Taken t = take(id, Step.EXTEND, r.version());
        TrackedDeadline before = deadline(t.facts().c());
        TrackedDeadline after = deadlines.extend(t.facts().c().deadlineId(), r.reason().strip());
        t.record().extend(r.reason().strip(), r.approvedBy().strip(), now());
        return complete(t, Map.of("due", before.dueDate()), Map.of("due", after.dueDate(), "approvedBy",
                r.approvedBy().strip()));
    }

    @Allowed.RuleOfLawOffice
    public AccountabilityCase decide(long id, DecisionRequest r) {
        if (r.measures() == null || r.measures().isEmpty()) {
            throw InvalidInputException.field("measures", "accountability.measures.required");
        }
        Taken t = take(id, Step.DECIDE, r.version());
        between("decidedOn", r.decidedOn(), t.facts().c().openedOn(), t.facts().today());
        t.record().decide(r.decidedOn(), r.decisionNo().strip(), r.measures(), r.summary().strip(), now());
        meet(t.facts().c(), r.decidedOn());
        return complete(t, Map.of(), Map.of("decidedOn", r.decidedOn(), "decisionNo", r.decisionNo().strip(),
                "measures", r.measures().stream().distinct().toList()));
    }

    @Allowed.RuleOfLawOffice
    public AccountabilityCase clear(long id, ClearanceRequest r) {
        Taken t = take(id, Step.CLEAR, r.version());
        between("clearedOn", r.clearedOn(), t.facts().c().openedOn(), t.facts().today());
        t.record().clear(r.clearedOn(), r.reason().strip(), now());
        meet(t.facts().c(), r.clearedOn());
        return complete(t, Map.of(), Map.of("clearedOn", r.clearedOn()));
    }

    @Transactional(readOnly = true)
    @Allowed.Overseers
    public AccountabilityCase get(long id) {
        return visible(id);
    }

    @Transactional(readOnly = true)
    @Allowed.Overseers
    public List<AccountabilityCase> list() {
        return store.of(scope.visibleUnitIds());
    }

    /** The records linked to a source the actor may see (for the source's own page). */
    @Transactional(readOnly = true)
    @Allowed.Staff
    public List<AccountabilityCase> ofSource(String sourceType, long sourceId) {
        return store.ofSource(sourceType, sourceId).stream().filter(c -> scope.canSee(c.unitId())).toList();
    }

    @Transactional(readOnly = true)
    @Allowed.Overseers
    public Guide<AccountabilityStatus> guide(long id) {
        Facts f = facts(visible(id));
        TrackedDeadline due = deadline(f.c());
        String key = switch (f.status()) {
            case OPEN -> "accountability.next.open";
            case DECIDED -> "accountability.next.decided";
            case CLEARED -> "accountability.next.cleared";
        };
        return new Guide<>(f.status(), key, List.of(due == null ? "-" : due.dueDate()),
                AccountabilityProcedure.PROCEDURE.checks(f, AccountabilityProcedure.PEOPLE_STEPS));
    }

    /** The AC-01 clock as the 督办台 has it. */
    @Transactional(readOnly = true)
    @Allowed.Overseers
    public TrackedDeadline clock(long id) {
        return deadline(visible(id));
    }

    private record Taken(AccountabilityRecord record, Facts facts, Step step, AccountabilityStatus next) {
    }

    private Taken take(long id, Step step, Integer version) {
        AccountabilityRecord record = records.lock(id).orElseThrow(() -> notFound(id));
        Facts f = facts(visible(id));
        StaleVersionException.check(version, f.c().version(), ENTITY, id);
        AccountabilityStatus next = AccountabilityProcedure.PROCEDURE.next(step, f);
        return new Taken(record, f, step, next);
    }

    private AccountabilityCase complete(Taken t, Map<String, ?> before, Map<String, ?> details) {
        records.save(t.record());
        Map<String, Object> was = new LinkedHashMap<>(before);
        was.put("status", t.facts().status());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", t.next());
        after.putAll(details);
        audit.changed(ENTITY, t.facts().c().id(), AccountabilityProcedure.name(t.step()), was, after);
        return store.find(t.facts().c().id()).orElseThrow();
    }

    private Facts facts(AccountabilityCase c) {
        boolean office = !Actor.current().isSystem() && Actor.currentHasAnyRole(Role.RULE_OF_LAW_OFFICE.name());
        return new Facts(c, office, LocalDate.now(clock));
    }

    private Source source(String type, long id) {
        Optional<AccountabilitySource> kind = sources.stream().filter(s -> s.subjectType().equals(type)).findFirst();
        if (kind.isEmpty()) {
            throw InvalidInputException.field("sourceType", "accountability.source-type.unknown", type);
        }
        return kind.get().find(id).filter(s -> scope.canSee(s.unitId()))
                .orElseThrow(() -> InvalidInputException.field("sourceId", "accountability.source-id.unknown", id));
    }

    private AccountabilityCase visible(long id) {
        AccountabilityCase c = store.find(id).orElseThrow(() -> notFound(id));
        if (!scope.canSee(c.unitId())) {
            throw notFound(id);
        }
        return c;
    }

    private TrackedDeadline deadline(AccountabilityCase c) {
        return c.deadlineId() == null ? null : deadlines.find(c.deadlineId()).orElse(null);
    }

    private void meet(AccountabilityCase c, LocalDate on) {
        TrackedDeadline d = deadline(c);
        if (d != null && d.status().isActive()) {
            deadlines.meet(d.id(), on);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static void between(String field, LocalDate value, LocalDate from, LocalDate to) {
        if (value.isBefore(from) || value.isAfter(to)) {
            throw InvalidInputException.field(field, "accountability.date.between", from, to);
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException(ENTITY, id);
    }
}
