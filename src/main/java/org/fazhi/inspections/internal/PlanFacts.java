package org.fazhi.inspections.internal;

import java.time.LocalDate;
import org.fazhi.inspections.InspectionItem;
import org.fazhi.inspections.InspectionPlan;
import org.fazhi.inspections.PlanStatus;

/**
 * What the gates of a plan read: the plan and its item, whether the acting user carries inspections,
 * the sizes of the pools as they stand today (objects of the item's type in the roster, officers of the
 * agency with valid certificates), how many objects the draw takes, the tasks without a result, the
 * PN-01 minimum and today.
 */
public record PlanFacts(InspectionPlan plan, InspectionItem item, boolean actorCarries, int objectPool,
        int inspectorPool, int toDraw, long pendingTasks, int minimumInspectors, LocalDate today) {

    public PlanStatus status() {
        return plan.status();
    }
}
