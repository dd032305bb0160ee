package org.fazhi.reconsideration.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fazhi.audit.AuditLog;
import org.fazhi.reconsideration.CaseStatus;
import org.fazhi.reconsideration.ReconsiderationCase;
import org.fazhi.reconsideration.internal.CaseProcedure.Step;
import org.fazhi.shared.StaleVersionException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.stereotype.Component;

/**
 * How every step on a case runs, written once: lock the case (404 outside the actor's scope), check
 * the version the user's page was based on, let {@link CaseProcedure} decide on the facts (refusing
 * with the reason the guide shows), then — once the service has made its changes — move the state,
 * save the versioned root and write the audit entry in the same transaction.
 */
@Component
public class CaseSteps {

    /** A step let through by the procedure: the locked root, the facts it was checked on, its target. */
    public record Taken(Step step, CaseRecord record, CaseFacts facts, CaseStatus next) {

        public ReconsiderationCase c() {
            return facts.c();
        }

        public long id() {
            return facts.c().id();
        }

        public LocalDate today() {
            return facts.today();
        }
    }

    private final CaseRecords records;
    private final CaseStore cases;
    private final CaseFactsReader facts;
    private final AuditLog audit;
    private final Clock clock;

    CaseSteps(CaseRecords records, CaseStore cases, CaseFactsReader facts, AuditLog audit, Clock clock) {
        this.records = records;
        this.cases = cases;
        this.facts = facts;
        this.audit = audit;
        this.clock = clock;
    }

    /** Takes {@code step} on a case the actor may see; a page based on an older version is stale (409). */
    public Taken take(long id, Step step, Integer expectedVersion) {
        return checked(facts.lock(id), step, expectedVersion);
    }

    /** A step taken by the system (the daily deadline scan): no visibility check. */
    public Taken takeAsSystem(long id, Step step) {
        return checked(facts.lockUnscoped(id, false), step, null);
    }

    /** A step taken by the applicant verified on the portal by receipt number and code. */
    public Taken takeAsApplicant(long id, Step step) {
        return checked(facts.lockUnscoped(id, true), step, null);
    }

    /** Whether the procedure would let the system take {@code step} now (for the scan's listener). */
    public boolean systemMay(long id, Step step) {
        ReconsiderationCase c = cases.find(id).orElse(null);
        return c != null && CaseProcedure.PROCEDURE.refusal(step, facts.of(c, false)).isEmpty();
    }

    private Taken checked(CaseFacts f, Step step, Integer expectedVersion) {
        StaleVersionException.check(expectedVersion, f.c().version(), ReconsiderationCase.SUBJECT.name(), f.c().id());
        CaseStatus next = CaseProcedure.PROCEDURE.next(step, f);
        return new Taken(step, records.findById(f.c().id()).orElseThrow(), f, next);
    }

    /**
     * Completes a step: moves the case to the step's target, saves the root (refused as stale if it
     * changed meanwhile) and audits what the step recorded. Returns the case as it now reads.
     */
    public ReconsiderationCase complete(Taken taken, Map<String, ?> details) {
        CaseStatus before = taken.c().status();
        taken.record().moveTo(taken.next(), now());
        save(taken.record());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", taken.next());
        after.putAll(details);
        audit.changed(ReconsiderationCase.SUBJECT.name(), taken.id(), CaseProcedure.name(taken.step()),
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
