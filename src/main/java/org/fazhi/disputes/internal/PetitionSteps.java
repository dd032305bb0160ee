package org.fazhi.disputes.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fazhi.audit.AuditLog;
import org.fazhi.disputes.Petition;
import org.fazhi.disputes.PetitionStatus;
import org.fazhi.disputes.internal.PetitionProcedure.Step;
import org.fazhi.shared.StaleVersionException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.stereotype.Component;

/**
 * How every step on a petition runs: lock (404 outside the scope), check the version the page was based
 * on, let {@link PetitionProcedure} decide, then move the state, save the versioned root and audit.
 */
@Component
public class PetitionSteps {

    /** A step let through: the locked root, the facts it was checked on, its target. */
    public record Taken(Step step, PetitionRecord record, PetitionFacts facts, PetitionStatus next) {

        public Petition petition() {
            return facts.petition();
        }

        public long id() {
            return facts.petition().id();
        }
    }

    private final PetitionRecords records;
    private final PetitionStore store;
    private final PetitionFactsReader facts;
    private final AuditLog audit;
    private final Clock clock;

    PetitionSteps(PetitionRecords records, PetitionStore store, PetitionFactsReader facts, AuditLog audit,
            Clock clock) {
        this.records = records;
        this.store = store;
        this.facts = facts;
        this.audit = audit;
        this.clock = clock;
    }

    public Taken take(long id, Step step, Integer expectedVersion) {
        PetitionFacts f = facts.lock(id);
        StaleVersionException.check(expectedVersion, f.petition().version(), Petition.SUBJECT.name(), id);
        PetitionStatus next = PetitionProcedure.PROCEDURE.next(step, f);
        return new Taken(step, records.findById(id).orElseThrow(), f, next);
    }

    public Petition complete(Taken taken, Map<String, ?> details) {
        PetitionStatus before = taken.petition().status();
        taken.record().moveTo(taken.next(), now());
        save(taken.record());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", taken.next());
        after.putAll(details);
        audit.changed(Petition.SUBJECT.name(), taken.id(), PetitionProcedure.name(taken.step()),
                Map.of("status", before), after);
        return store.petition(taken.id()).orElseThrow();
    }

    public void save(PetitionRecord record) {
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
