package org.fazhi.reconsideration;

/** The types of 行政复议决定 (行政复议法第三十三条、第六十三条至第六十九条). */
public enum DecisionOutcome {
    /** 维持 (第六十八条). */
    UPHELD(false),
    /** 撤销或者部分撤销 (第六十四条). */
    REVOKED(true),
    /** 变更 (第六十三条). */
    VARIED(true),
    /** 确认违法 (第六十五条). */
    CONFIRMED_ILLEGAL(true),
    /** 确认无效 (第六十七条). */
    CONFIRMED_INVALID(true),
    /** 责令履行 (第六十六条). */
    ORDERED_PERFORMANCE(true),
    /** 驳回复议请求 (第六十九条). */
    CLAIM_REJECTED(false),
    /** 驳回申请 (第三十三条). */
    APPLICATION_REJECTED(false);

    private final boolean corrects;

    DecisionOutcome(boolean corrects) {
        this.corrects = corrects;
    }

    /** 直接纠错: the decision corrects the act (撤销、变更、确认违法、确认无效、责令履行). */
    public boolean corrects() {
        return corrects;
    }
}
