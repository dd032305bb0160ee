package org.fazhi.governance.internal;

import org.fazhi.shared.procedure.Gate;

/** The gates of a task's procedure, each written once and named as the rule it enforces. */
public final class TaskPolicies {

    private TaskPolicies() {
    }

    /** Progress and completion are reported by the units' working staff and the 法治办, not by leaders (roles). */
    public static final Gate<TaskFacts> ONLY_STAFF_REPORT = Gate.require(TaskFacts::actorMayReport, "role",
            "governance.refused.role-report");

    /** A task is reported on by its responsible unit (责任单位) and its co-units (配合单位). */
    public static final Gate<TaskFacts> ONLY_THE_RESPONSIBLE_UNITS_REPORT = Gate.require(TaskFacts::actorResponsible,
            "not-responsible-unit", "governance.refused.not-responsible-unit");

    /** Only the responsible unit (牵头单位) reports the task done. */
    public static final Gate<TaskFacts> ONLY_THE_LEAD_UNIT_REPORTS_IT_DONE = Gate.require(TaskFacts::actorLeads,
            "not-lead-unit", "governance.refused.not-lead-unit");

    /** The plan's 法治办 confirms, returns and cancels tasks (roles). */
    public static final Gate<TaskFacts> ONLY_THE_OFFICE_CONFIRMS = Gate.require(TaskFacts::actorMayConfirm, "role",
            "governance.refused.role-confirm");

    /** ... of its own unit's plan. */
    public static final Gate<TaskFacts> ONLY_THE_PLANS_UNIT_CONFIRMS = Gate.require(TaskFacts::actorOwnsPlan,
            "not-plan-unit", "governance.refused.not-plan-unit");
}
