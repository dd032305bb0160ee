package org.fazhi.governance.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fazhi.audit.AuditLog;
import org.fazhi.governance.Governance;
import org.fazhi.governance.PlanTask;
import org.fazhi.governance.TaskStatus;
import org.fazhi.governance.internal.TaskProcedure.Step;
import org.fazhi.shared.StaleVersionException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.stereotype.Component;

/**
 * How every step on a task runs: lock the task (404 outside the scope), check the version the page was
 * based on, let {@link TaskProcedure} decide, then — after the service's own work — move the state, save
 * the versioned root and audit, in the same transaction.
 */
@Component
public class TaskSteps {

    /** A step let through: the locked root, the facts it was checked on, its target. */
    public record Taken(Step step, PlanTaskRecord record, TaskFacts facts, TaskStatus next) {

        public PlanTask task() {
            return facts.task();
        }

        public long id() {
            return facts.task().id();
        }
    }

    private final PlanTaskRecords records;
    private final GovernanceStore store;
    private final TaskFactsReader facts;
    private final AuditLog audit;
    private final Clock clock;

    TaskSteps(PlanTaskRecords records, GovernanceStore store, TaskFactsReader facts, AuditLog audit, Clock clock) {
        this.records = records;
        this.store = store;
        this.facts = facts;
        this.audit = audit;
        this.clock = clock;
    }

    public Taken take(long id, Step step, Integer expectedVersion) {
        TaskFacts f = facts.lock(id);
        StaleVersionException.check(expectedVersion, f.task().version(), Governance.TASK.name(), id);
        TaskStatus next = TaskProcedure.PROCEDURE.next(step, f);
        return new Taken(step, records.findById(id).orElseThrow(), f, next);
    }

    /** A step the system takes (issuing the plan): no visibility check. */
    public Taken takeAsSystem(long id, Step step) {
        TaskFacts f = facts.of(store.lockTask(id).orElseThrow());
        TaskStatus next = TaskProcedure.PROCEDURE.next(step, f);
        return new Taken(step, records.findById(id).orElseThrow(), f, next);
    }

    public PlanTask complete(Taken taken, Map<String, ?> details) {
        TaskStatus before = taken.task().status();
        taken.record().moveTo(taken.next(), now());
        save(taken.record());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", taken.next());
        after.putAll(details);
        audit.changed(Governance.TASK.name(), taken.id(), TaskProcedure.name(taken.step()), Map.of("status", before),
                after);
        return store.task(taken.id()).orElseThrow();
    }

    public void save(PlanTaskRecord record) {
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
