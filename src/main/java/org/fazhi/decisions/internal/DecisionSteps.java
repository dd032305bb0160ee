package org.fazhi.decisions.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.fazhi.audit.AuditLog;
import org.fazhi.decisions.DecisionStatus;
import org.fazhi.decisions.MajorDecision;
import org.fazhi.decisions.internal.DecisionProcedure.Step;
import org.fazhi.shared.Actor;
import org.fazhi.shared.StaleVersionException;
import org.fazhi.units.UserDirectory;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.stereotype.Component;

/**
 * How every step on a major decision runs, written once: lock the decision (404 outside the actor's
 * scope), check the version the page was based on, let {@link DecisionProcedure} decide on the facts,
 * then — once the service has made its own changes — move the state, save the versioned root, write
 * the audit entry and the decision's process record (who, from which unit, on which version, what),
 * all in one transaction.
 */
@Component
public class DecisionSteps {

    /** A step let through by the procedure: the locked root, the facts it was checked on, its target. */
    public record Taken(Step step, DecisionRecord record, DecisionFacts facts, DecisionStatus next) {

        public MajorDecision decision() {
            return facts.decision();
        }

        public long id() {
            return facts.decision().id();
        }

        public LocalDate today() {
            return facts.today();
        }
    }

    private final DecisionRecords records;
    private final DecisionStore decisions;
    private final DecisionFactsReader facts;
    private final UserDirectory users;
    private final AuditLog audit;
    private final Clock clock;

    DecisionSteps(DecisionRecords records, DecisionStore decisions, DecisionFactsReader facts, UserDirectory users,
            AuditLog audit, Clock clock) {
        this.records = records;
        this.decisions = decisions;
        this.facts = facts;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** Takes {@code step} on a decision the actor may see; a stale {@code expectedVersion} is 409. */
    public Taken take(long id, Step step, Integer expectedVersion) {
        DecisionFacts f = facts.lock(id);
        StaleVersionException.check(expectedVersion, f.decision().version(), MajorDecision.SUBJECT.name(), id);
        DecisionStatus next = DecisionProcedure.PROCEDURE.next(step, f);
        return new Taken(step, records.findById(id).orElseThrow(), f, next);
    }

    /**
     * Refuses {@code step} now, without locking, if the decision's procedure would refuse it (404 for a
     * decision the actor may not see): for a step that first takes another record's step, so the
     * actor hears the decision's reason, as its guide gives it, before anything of the other record.
     */
    public void precheck(long id, Step step) {
        DecisionProcedure.PROCEDURE.refusal(step, facts.read(id)).ifPresent(r -> {
            throw r.exception();
        });
    }

    /** A step taken by the system or by another record's step (the desk, the meeting, a daily job). */
    public Taken takeAsSystem(long id, Step step) {
        MajorDecision d = decisions.lock(id).orElseThrow();
        DecisionFacts f = facts.of(d);
        DecisionStatus next = DecisionProcedure.PROCEDURE.next(step, f);
        return new Taken(step, records.findById(id).orElseThrow(), f, next);
    }

    /** Whether the procedure lets the system take {@code step} now. */
    public boolean systemMay(long id, Step step) {
        MajorDecision d = decisions.find(id).orElseThrow();
        return DecisionProcedure.PROCEDURE.refusal(step, facts.of(d)).isEmpty();
    }

    /**
     * Completes a step: moves the decision to the step's target, saves the root (stale if it changed
     * meanwhile), audits what the step recorded and writes it to the process record.
     */
    public MajorDecision complete(Taken taken, Map<String, ?> details) {
        DecisionStatus before = taken.decision().status();
        taken.record().moveTo(taken.next(), now());
        save(taken.record());
        MajorDecision after = decisions.find(taken.id()).orElseThrow();
        Map<String, Object> changed = new LinkedHashMap<>();
        changed.put("status", taken.next());
        changed.putAll(details);
        audit.changed(MajorDecision.SUBJECT.name(), taken.id(), DecisionProcedure.name(taken.step()),
                Map.of("status", before), changed);
        Actor actor = Actor.current();
        String name = actor.userId() == null ? actor.username() : users.displayName(actor.userId());
        decisions.record(taken.id(), after.roundNo(), DecisionProcedure.name(taken.step()), actor.userId(),
                name == null || name.isBlank() ? actor.username() : name, actor.unitId(), after.currentVersionId(),
                summary(details));
        return after;
    }

    public void save(DecisionRecord record) {
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

    private static String summary(Map<String, ?> details) {
        return details.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; "));
    }
}
