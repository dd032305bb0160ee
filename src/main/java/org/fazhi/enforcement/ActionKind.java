package org.fazhi.enforcement;

/** The kind of administrative action (执法类别) of a power item and of a case. */
public enum ActionKind {
    /** 行政处罚. */
    PENALTY,
    /** 行政强制. */
    COERCION,
    /** 行政检查. */
    INSPECTION,
    /** 行政许可. */
    LICENSING,
    /** 行政征收. */
    LEVY,
    /** 行政确认. */
    CONFIRMATION,
    /** 其他行政执法行为. */
    OTHER;

    /** Decisions published within the shorter period (行政许可、行政处罚, TS-01). */
    public boolean publishedWithinShortPeriod() {
        return this == PENALTY || this == LICENSING;
    }
}
