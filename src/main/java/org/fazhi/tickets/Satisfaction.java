package org.fazhi.tickets;

/** The complainant's rating at the callback (回访). */
public enum Satisfaction {
    /** 满意. */
    SATISFIED,
    /** 基本满意. */
    BASICALLY_SATISFIED,
    /** 不满意: the ticket goes back for re-handling with a new clock (once), else it closes dissatisfied. */
    DISSATISFIED;

    public boolean satisfied() {
        return this != DISSATISFIED;
    }
}
