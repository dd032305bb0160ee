package org.fazhi.enforcement;

/** Where a case stands in its procedure ({@code internal.CaseProcedure} holds the steps between them). */
public enum CaseStatus {
    /** 立案, 调查取证. */
    INVESTIGATING,
    /** 告知: the party's rights (statement, and a hearing where PN-07 gives one) are running. */
    NOTIFIED,
    /** 法制审核中 at the review desk. */
    IN_REVIEW,
    /** 法制审核已办结 (any outcome). */
    REVIEWED,
    /** 作出决定. */
    DECIDED,
    /** 送达. */
    SERVED,
    /** 执行完毕. */
    EXECUTED,
    /** 结案. */
    CLOSED,
    /** 归档. */
    ARCHIVED;

    /** A decision exists from here on. */
    public boolean decided() {
        return ordinal() >= DECIDED.ordinal();
    }
}
