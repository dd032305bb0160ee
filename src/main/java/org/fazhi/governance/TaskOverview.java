package org.fazhi.governance;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.shared.procedure.Guide;

/** A task's page in one read: the task and its plan, the guide, its reports with evidence, its deadline, today. */
public record TaskOverview(PlanTask task, WorkPlan plan, Guide<TaskStatus> guide, List<Report> reports,
        TrackedDeadline deadline, LocalDate today) {

    public TaskOverview {
        reports = List.copyOf(reports);
    }
}
