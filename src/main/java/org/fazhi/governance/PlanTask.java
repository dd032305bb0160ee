package org.fazhi.governance;

import java.time.LocalDate;
import java.util.List;

/**
 * A task of a work plan: its number in the plan, what is to be done, the responsible unit (责任单位),
 * the co-units (配合单位), the due date, where it stands, the deadline it has on the 督办台, the day the
 * responsible unit finished it, the day the plan's office confirmed it, and the row's lock version.
 */
public record PlanTask(long id, long planId, long planUnitId, int planYear, String taskNo, int sortNo,
        String content, long leadUnitId, List<Long> coUnitIds, LocalDate dueDate, TaskStatus status,
        Long deadlineId, LocalDate completedOn, LocalDate closedOn, String closureNote, String endReason,
        int version) {

    public PlanTask {
        coUnitIds = List.copyOf(coUnitIds);
    }

    /** Past its due date and not finished (as of {@code today}). */
    public boolean overdueOn(LocalDate today) {
        return status.running() && completedOn == null && today.isAfter(dueDate);
    }

    /** Finished after its due date. */
    public boolean late() {
        return completedOn != null && completedOn.isAfter(dueDate);
    }
}
