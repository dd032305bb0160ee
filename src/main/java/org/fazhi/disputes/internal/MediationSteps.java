package org.fazhi.disputes.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fazhi.audit.AuditLog;
import org.fazhi.disputes.MediationCase;
import org.fazhi.disputes.MediationStatus;
import org.fazhi.disputes.internal.MediationProcedure.Step;
import org.fazhi.shared.StaleVersionException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.stereotype.Component;

/**
 * How every step on a mediation case runs: lock the case (404 outside the scope), check the version the
 * page was based on, let {@link MediationProcedure} decide, then — after the service's own work — move the
 * state, save the versioned root and audit, in the same transaction.
 */
@Component
public class MediationSteps {

    /** A step let through: the locked root, the facts it was checked on, its target. */
    public record Taken(Step step, MediationCaseRecord record, MediationFacts facts, MediationStatus next) {

        public MediationCase mediationCase() {
            return facts.mediationCase();
        }

        public long id() {
            return facts.mediationCase().id();
        }

        public LocalDate today() {
            return facts.today();
        }
    }

    private final MediationCaseRecords records;
    private final MediationStore store;
    private final MediationFactsReader facts;
    private final AuditLog audit;
    private final Clock clock;

    MediationSteps(MediationCaseRecords records, MediationStore store, MediationFactsReader facts, AuditLog audit,
            Clock clock) {
        this.records = records;
        this.store = store;
        this.facts = facts;
        this.audit = audit;
        this.clock = clock;
    }

    public Taken take(long id, Step step, Integer expectedVersion) {
        MediationFacts f = facts.lock(id);
        StaleVersionException.check(expectedVersion, f.mediationCase().version(), MediationCase.SUBJECT.name(), id);
        MediationStatus next = MediationProcedure.PROCEDURE.next(step, f);
        return new Taken(step, records.findById(id).orElseThrow(), f, next);
    }

    public MediationCase complete(Taken taken, Map<String, ?> details) {
        MediationStatus before = taken.mediationCase().status();
        taken.record().moveTo(taken.next(), now());
        save(taken.record());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", taken.next());
        after.putAll(details);
        audit.changed(MediationCase.SUBJECT.name(), taken.id(), MediationProcedure.name(taken.step()),
                Map.of("status", before), after);
        return store.mediationCase(taken.id()).orElseThrow();
    }

    public void save(MediationCaseRecord record) {
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
