package org.fazhi.publicity.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fazhi.audit.AuditLog;
import org.fazhi.publicity.ActivityStatus;
import org.fazhi.publicity.PublicityActivity;
import org.fazhi.publicity.internal.ActivityProcedure.Step;
import org.fazhi.shared.StaleVersionException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.stereotype.Component;

/**
 * How every step on a publicity activity runs: lock the activity (404 outside the scope), check the version
 * the page was based on, let {@link ActivityProcedure} decide, then — after the service's own work — move
 * the state, save the versioned root and audit, in the same transaction.
 */
@Component
public class ActivitySteps {

    /** A step let through: the locked root, the facts it was checked on, its target. */
    public record Taken(Step step, ActivityRecord record, ActivityFacts facts, ActivityStatus next) {

        public PublicityActivity activity() {
            return facts.activity();
        }

        public long id() {
            return facts.activity().id();
        }

        public LocalDate today() {
            return facts.today();
        }
    }

    private final ActivityRecords records;
    private final PublicityStore store;
    private final ActivityFactsReader facts;
    private final AuditLog audit;
    private final Clock clock;

    ActivitySteps(ActivityRecords records, PublicityStore store, ActivityFactsReader facts, AuditLog audit,
            Clock clock) {
        this.records = records;
        this.store = store;
        this.facts = facts;
        this.audit = audit;
        this.clock = clock;
    }

    public Taken take(long id, Step step, Integer expectedVersion) {
        ActivityFacts f = facts.lock(id);
        StaleVersionException.check(expectedVersion, f.activity().version(), PublicityActivity.SUBJECT.name(), id);
        ActivityStatus next = ActivityProcedure.PROCEDURE.next(step, f);
        return new Taken(step, records.findById(id).orElseThrow(), f, next);
    }

    public PublicityActivity complete(Taken taken, Map<String, ?> details) {
        ActivityStatus before = taken.activity().status();
        taken.record().moveTo(taken.next(), now());
        save(taken.record());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", taken.next());
        after.putAll(details);
        audit.changed(PublicityActivity.SUBJECT.name(), taken.id(), ActivityProcedure.name(taken.step()),
                Map.of("status", before), after);
        return store.activity(taken.id()).orElseThrow();
    }

    public void save(ActivityRecord record) {
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
