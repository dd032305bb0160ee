package org.fazhi.governance.internal;

import java.time.LocalDate;
import org.fazhi.governance.PlanTask;
import org.fazhi.governance.TaskStatus;

/**
 * What the gates of a task's procedure read, gathered once per step or page: the task, the acting user's
 * standing (acts for its responsible unit; for the responsible unit or a co-unit; for the unit whose plan
 * it is), whether the user's roles report on tasks or run the plan's office, and today.
 */
public record TaskFacts(PlanTask task, boolean actorLeads, boolean actorResponsible, boolean actorOwnsPlan,
        boolean actorMayReport, boolean actorMayConfirm, LocalDate today) {

    public TaskStatus status() {
        return task.status();
    }
}
