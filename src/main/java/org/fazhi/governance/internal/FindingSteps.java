package org.fazhi.governance.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fazhi.audit.AuditLog;
import org.fazhi.governance.Finding;
import org.fazhi.governance.FindingStatus;
import org.fazhi.governance.Governance;
import org.fazhi.governance.internal.FindingProcedure.Step;
import org.fazhi.shared.StaleVersionException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.stereotype.Component;

/**
 * How every step of a rectification runs: lock the finding (404 outside the scope), check the version,
 * let {@link FindingProcedure} decide, then move the state, save the versioned root and audit.
 */
@Component
public class FindingSteps {

    /** A step let through: the locked root, the facts it was checked on, its target. */
    public record Taken(Step step, FindingRecord record, FindingFacts facts, FindingStatus next) {

        public Finding finding() {
            return facts.finding();
        }

        public long id() {
            return facts.finding().id();
        }
    }

    private final FindingRecords records;
    private final GovernanceStore store;
    private final FindingFactsReader facts;
    private final AuditLog audit;
    private final Clock clock;

    FindingSteps(FindingRecords records, GovernanceStore store, FindingFactsReader facts, AuditLog audit,
            Clock clock) {
        this.records = records;
        this.store = store;
        this.facts = facts;
        this.audit = audit;
        this.clock = clock;
    }

    public Taken take(long id, Step step, Integer expectedVersion) {
        FindingFacts f = facts.lock(id);
        StaleVersionException.check(expectedVersion, f.finding().version(), Governance.FINDING.name(), id);
        FindingStatus next = FindingProcedure.PROCEDURE.next(step, f);
        return new Taken(step, records.findById(id).orElseThrow(), f, next);
    }

    public Finding complete(Taken taken, Map<String, ?> details) {
        FindingStatus before = taken.finding().status();
        taken.record().moveTo(taken.next(), now());
        save(taken.record());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", taken.next());
        after.putAll(details);
        audit.changed(Governance.FINDING.name(), taken.id(), FindingProcedure.name(taken.step()),
                Map.of("status", before), after);
        return store.finding(taken.id()).orElseThrow();
    }

    public void save(FindingRecord record) {
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
