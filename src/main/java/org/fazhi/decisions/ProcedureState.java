package org.fazhi.decisions;

/**
 * One procedure of a decision as the guide shows it: whether the attributes require it, whether it is
 * done in the current round, or waived (with the reason).
 */
public record ProcedureState(RequiredProcedure procedure, boolean required, boolean done, boolean waived,
        String waiverReason) {

    /** Satisfied: not required, done, or waived with a reason. */
    public boolean satisfied() {
        return !required || done || waived;
    }
}
