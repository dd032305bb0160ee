package org.fazhi.enforcement;

/** What a case decides. */
public enum DecisionOutcome {
    /** 给予处罚 / 采取措施 (the adverse decision of the case's kind). */
    PENALTY,
    /** 不予处罚 (首违不罚、轻微免罚 and other grounds), with an education record. */
    NO_PENALTY,
    /** 违法事实不能成立. */
    NOT_ESTABLISHED,
    /** 准予 (licensing, confirmation). */
    GRANTED,
    /** 不予准予. */
    REFUSED;

    /** Whether something remains to be executed after service. */
    public boolean executable() {
        return this == PENALTY;
    }
}
