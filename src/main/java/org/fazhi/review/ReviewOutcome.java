package org.fazhi.review;

/** The conclusion of a legality review. */
public enum ReviewOutcome {
    /** 合法. */
    LAWFUL,
    /** 修改后合法: lawful once the required changes are made. */
    LAWFUL_WITH_CHANGES,
    /** 不合法. */
    UNLAWFUL;

    public boolean passes() {
        return this != UNLAWFUL;
    }
}
