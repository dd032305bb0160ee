package org.fazhi.governance.internal;

import static org.fazhi.governance.TaskStatus.ASSIGNED;
import static org.fazhi.governance.TaskStatus.AWAITING_CONFIRMATION;
import static org.fazhi.governance.TaskStatus.CANCELLED;
import static org.fazhi.governance.TaskStatus.DONE;
import static org.fazhi.governance.TaskStatus.IN_PROGRESS;
import static org.fazhi.governance.TaskStatus.PLANNED;
import static org.fazhi.governance.internal.TaskPolicies.ONLY_STAFF_REPORT;
import static org.fazhi.governance.internal.TaskPolicies.ONLY_THE_LEAD_UNIT_REPORTS_IT_DONE;
import static org.fazhi.governance.internal.TaskPolicies.ONLY_THE_OFFICE_CONFIRMS;
import static org.fazhi.governance.internal.TaskPolicies.ONLY_THE_PLANS_UNIT_CONFIRMS;
import static org.fazhi.governance.internal.TaskPolicies.ONLY_THE_RESPONSIBLE_UNITS_REPORT;

import java.util.List;
import org.fazhi.governance.TaskStatus;
import org.fazhi.shared.procedure.Procedure;
import org.fazhi.shared.procedure.Refusal;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The procedure of a work plan's task (督办): states, steps, the transition table and the gates
 * ({@link TaskPolicies}).
 *
 * <pre>
 * PLANNED ──issue (the plan is issued)──▶ ASSIGNED ──report-progress──▶ IN_PROGRESS
 * ASSIGNED | IN_PROGRESS ──request-closure (with evidence)──▶ AWAITING_CONFIRMATION
 * AWAITING_CONFIRMATION ──confirm──▶ DONE      AWAITING_CONFIRMATION ──return──▶ IN_PROGRESS
 * ASSIGNED | IN_PROGRESS | AWAITING_CONFIRMATION ──cancel──▶ CANCELLED
 * </pre>
 */
public final class TaskProcedure {

    /** The steps; the last one is taken by the plan when it is issued. */
    public enum Step {
        REPORT_PROGRESS,
        REQUEST_CLOSURE,
        CONFIRM,
        RETURN,
        CANCEL,
        ISSUE
    }

    /** The steps a person takes on the task's page, in the order the guide lists them. */
    public static final List<Step> PEOPLE_STEPS = List.of(Step.REPORT_PROGRESS, Step.REQUEST_CLOSURE, Step.CONFIRM,
            Step.RETURN, Step.CANCEL);

    public static final Procedure<TaskStatus, Step, TaskFacts> PROCEDURE = Procedure
            .of(TaskStatus.class, Step.class, TaskFacts::status, TaskProcedure::wrongState)
            .step(Step.REPORT_PROGRESS).checkFirst(ONLY_STAFF_REPORT).checkFirst(ONLY_THE_RESPONSIBLE_UNITS_REPORT)
                    .from(ASSIGNED, IN_PROGRESS).outside(TaskProcedure::notRunning).to(IN_PROGRESS)
            .step(Step.REQUEST_CLOSURE).checkFirst(ONLY_STAFF_REPORT).checkFirst(ONLY_THE_LEAD_UNIT_REPORTS_IT_DONE)
                    .from(ASSIGNED, IN_PROGRESS).outside(TaskProcedure::notRunning).to(AWAITING_CONFIRMATION)
            .step(Step.CONFIRM).checkFirst(ONLY_THE_OFFICE_CONFIRMS).checkFirst(ONLY_THE_PLANS_UNIT_CONFIRMS)
                    .from(AWAITING_CONFIRMATION)
                    .outside(s -> Refusal.of("not-reported-done", "governance.refused.not-reported-done")).to(DONE)
            .step(Step.RETURN).checkFirst(ONLY_THE_OFFICE_CONFIRMS).checkFirst(ONLY_THE_PLANS_UNIT_CONFIRMS)
                    .from(AWAITING_CONFIRMATION)
                    .outside(s -> Refusal.of("not-reported-done", "governance.refused.not-reported-done"))
                    .to(IN_PROGRESS)
            .step(Step.CANCEL).checkFirst(ONLY_THE_OFFICE_CONFIRMS).checkFirst(ONLY_THE_PLANS_UNIT_CONFIRMS)
                    .from(ASSIGNED, IN_PROGRESS, AWAITING_CONFIRMATION).outside(TaskProcedure::notRunning)
                    .to(CANCELLED)
            .step(Step.ISSUE).from(PLANNED).to(ASSIGNED)
            .build();

    private TaskProcedure() {
    }

    public static String name(Step step) {
        return Procedure.name(step);
    }

    private static Refusal notRunning(TaskStatus s) {
        return s == PLANNED ? Refusal.of("plan-not-issued", "governance.refused.plan-not-issued")
                : Refusal.of("task-closed", "governance.refused.task-closed",
                        new DefaultMessageSourceResolvable("governance.task-status." + s.name()));
    }

    private static Refusal wrongState(TaskStatus current, Step step) {
        return Refusal.of("wrong-status", "governance.refused.wrong-status",
                new DefaultMessageSourceResolvable("governance.task-status." + current.name()));
    }
}
