package org.fazhi.lists.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fazhi.audit.AuditLog;
import org.fazhi.lists.ListPublished;
import org.fazhi.lists.ListVersion;
import org.fazhi.lists.ListVersionStatus;
import org.fazhi.lists.internal.ListProcedure.Step;
import org.fazhi.shared.StaleVersionException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.stereotype.Component;

/**
 * How every step on a list version runs, written once: lock the version (404 outside the actor's
 * scope), check the version the user's page was based on, let {@link ListProcedure} decide on the facts,
 * then — once the service has made its own changes — move the state, save the versioned root and write
 * the audit entry in the same transaction. Publication is announced with {@link ListPublished}.
 */
@Component
public class ListSteps {

    /** A step let through by the procedure: the locked root, the facts it was checked on, its target. */
    public record Taken(Step step, ListVersionRecord record, ListFacts facts, ListVersionStatus next) {

        public ListVersion version() {
            return facts.version();
        }

        public long id() {
            return facts.version().id();
        }

        public LocalDate today() {
            return facts.today();
        }
    }

    private final ListVersionRecords records;
    private final ListStore store;
    private final ListFactsReader facts;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ListSteps(ListVersionRecords records, ListStore store, ListFactsReader facts, AuditLog audit,
            ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.store = store;
        this.facts = facts;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Takes {@code step} on a version the actor may see; {@code expectedVersion} null: not given. */
    public Taken take(long id, Step step, Integer expectedVersion) {
        ListFacts f = facts.lock(id);
        StaleVersionException.check(expectedVersion, f.version().version(), ListVersion.SUBJECT.name(), id);
        ListVersionStatus next = ListProcedure.PROCEDURE.next(step, f);
        return new Taken(step, records.findById(id).orElseThrow(), f, next);
    }

    /** A step taken by the system (the review desk's event): no visibility check. */
    public Taken takeAsSystem(long id, Step step) {
        ListVersion v = store.lock(id).orElseThrow();
        ListFacts f = facts.of(v);
        ListVersionStatus next = ListProcedure.PROCEDURE.next(step, f);
        return new Taken(step, records.findById(id).orElseThrow(), f, next);
    }

    /** Moves the version to the step's target, saves it (stale if it changed meanwhile) and audits. */
    public ListVersion complete(Taken taken, Map<String, ?> details) {
        ListVersionStatus before = taken.version().status();
        taken.record().moveTo(taken.next(), now());
        save(taken.record());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", taken.next());
        after.putAll(details);
        audit.changed(ListVersion.SUBJECT.name(), taken.id(), ListProcedure.name(taken.step()),
                Map.of("status", before), after);
        ListVersion now = store.version(taken.id()).orElseThrow();
        if (taken.next() == ListVersionStatus.PUBLISHED && before != ListVersionStatus.PUBLISHED) {
            events.publishEvent(new ListPublished(now.listId(), now.id(), now.unitId(), now.kind(),
                    now.effectiveDate()));
        }
        return now;
    }

    public void save(ListVersionRecord record) {
        try {
            records.save(record);
        } catch (DbActionExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
