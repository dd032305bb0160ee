package org.fazhi.governance;

/**
 * Where a task of a work plan stands. The steps between these states are in
 * {@code internal.TaskProcedure}.
 */
public enum TaskStatus {
    /** In a plan not yet issued. */
    PLANNED,
    /** 已下达: assigned to its responsible unit, not reported on yet. */
    ASSIGNED,
    /** 推进中: progress reported. */
    IN_PROGRESS,
    /** 申请办结: the responsible unit reported it done with evidence; the plan's office confirms. */
    AWAITING_CONFIRMATION,
    /** 已办结（销号）. */
    DONE,
    /** 已取消. */
    CANCELLED;

    /** Still to be done (the deadline runs). */
    public boolean running() {
        return this == ASSIGNED || this == IN_PROGRESS || this == AWAITING_CONFIRMATION;
    }
}
