package org.fazhi.enforcement.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fazhi.audit.AuditLog;
import org.fazhi.enforcement.CaseStatus;
import org.fazhi.enforcement.EnforcementCase;
import org.fazhi.enforcement.internal.CaseProcedure.Step;
import org.fazhi.shared.StaleVersionException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.stereotype.Component;

/**
 * How every step on a case runs, written once for the services that take them: lock the case (404
 * outside the actor's scope), check the version the user's page was based on, let
 * {@link CaseProcedure} decide on the facts (refusing with the reason the guide shows), then — once the
 * service has made its own changes — move the state, save the versioned root and write the audit
 * entry in the same transaction.
 */
@Component
public class CaseSteps {

    /** A step let through by the procedure: the locked root, the facts it was checked on, its target. */
    public record Taken(Step step, CaseRecord record, CaseFacts facts, CaseStatus next) {

        public EnforcementCase c() {
            return facts.c();
        }

        public long id() {
            return facts.c().id();
        }

        public LocalDate today() {
            return facts.today();
        }
    }

    private final EnforcementCaseRecords records;
    private final CaseStore cases;
    private final CaseFactsReader facts;
    private final AuditLog audit;
    private final Clock clock;

    CaseSteps(EnforcementCaseRecords records, CaseStore cases, CaseFactsReader facts, AuditLog audit, Clock clock) {
        this.records = records;
        this.cases = cases;
        this.facts = facts;
        this.audit = audit;
        this.clock = clock;
    }

    /** Takes {@code step} on a case the actor may see; a case changed since {@code expectedVersion} is stale (409). */
    public Taken take(long id, Step step, Integer expectedVersion) {
        CaseFacts f = facts.lock(id);
        StaleVersionException.check(expectedVersion, f.c().version(), EnforcementCase.SUBJECT.name(), id);
        CaseStatus next = CaseProcedure.PROCEDURE.next(step, f);
        return new Taken(step, records.findById(id).orElseThrow(), f, next);
    }

    /** A step taken by the system (the review desk's event): no visibility check. */
    public Taken takeAsSystem(long id, Step step) {
        EnforcementCase c = cases.lock(id).orElseThrow();
        CaseFacts f = facts.of(c);
        CaseStatus next = CaseProcedure.PROCEDURE.next(step, f);
        return new Taken(step, records.findById(id).orElseThrow(), f, next);
    }

    /** Whether the procedure would let the system take {@code step} now. */
    public boolean systemMay(long id, Step step) {
        EnforcementCase c = cases.find(id).orElseThrow();
        return CaseProcedure.PROCEDURE.refusal(step, facts.of(c)).isEmpty();
    }

    /** Moves the case to the step's target, saves the root (stale if it changed meanwhile) and audits. */
    public EnforcementCase complete(Taken taken, Map<String, ?> details) {
        CaseStatus before = taken.c().status();
        taken.record().moveTo(taken.next(), now());
        save(taken.record());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", taken.next());
        after.putAll(details);
        audit.changed(EnforcementCase.SUBJECT.name(), taken.id(), CaseProcedure.name(taken.step()),
                Map.of("status", before), after);
        return cases.find(taken.id()).orElseThrow();
    }

    public void save(CaseRecord record) {
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
