package org.fazhi.governance;

/** Where a work plan stands. */
public enum PlanStatus {
    /** Being prepared: tasks may be entered or imported. */
    DRAFT,
    /** 印发: its tasks are assigned and tracked on the 督办台. */
    ISSUED
}
