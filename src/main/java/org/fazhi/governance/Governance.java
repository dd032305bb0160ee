package org.fazhi.governance;

import org.fazhi.shared.SubjectType;

/** The module's name and the record types other modules (deadlines, audit, files) refer to. */
public final class Governance {

    /** The module that owns leading groups, plans, meetings and inspections. */
    public static final String MODULE = "governance";

    /** A task of a work plan (its deadline on the 督办台). */
    public static final SubjectType TASK = new SubjectType(MODULE, "plan-task");

    /** A finding of an inspection and its rectification (its deadline on the 督办台). */
    public static final SubjectType FINDING = new SubjectType(MODULE, "finding");

    private Governance() {
    }
}
