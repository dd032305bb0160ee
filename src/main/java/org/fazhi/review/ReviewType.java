package org.fazhi.review;

/**
 * What is reviewed, with the rules that bound the review time: {@code minimumRule} (concluding
 * earlier needs a recorded reason) and {@code limitRule}/{@code limitTerm} (the deadline).
 */
public enum ReviewType {
    /** 行政规范性文件: 5–15 working days (ND-02, seed 000). */
    NORMATIVE_DOCUMENT("ND-02", "ND-02", "MAX_AMOUNT"),
    /** 重大行政决策: not less than 7 working days (MD-06); the local limit LC-02 bounds it. */
    MAJOR_DECISION("MD-06", "LC-02", "AMOUNT"),
    /** 会议议题. */
    MEETING_TOPIC(null, "LC-02", "AMOUNT"),
    /** 行政合同. */
    CONTRACT(null, "LC-02", "AMOUNT"),
    /** 重大执法决定法制审核 (PN-05). */
    MAJOR_ENFORCEMENT_DECISION(null, "LC-02", "AMOUNT"),
    /** 公平竞争审查. */
    FAIR_COMPETITION(null, "LC-02", "AMOUNT"),
    /** 清单调整: an adjusted power, licensing, certification or service list before it is published. */
    LIST_ADJUSTMENT(null, "LC-02", "AMOUNT");

    private final String minimumRule;
    private final String limitRule;
    private final String limitTerm;

    ReviewType(String minimumRule, String limitRule, String limitTerm) {
        this.minimumRule = minimumRule;
        this.limitRule = limitRule;
        this.limitTerm = limitTerm;
    }

    public String minimumRule() {
        return minimumRule;
    }

    public String limitRule() {
        return limitRule;
    }

    public org.fazhi.rules.RuleTerm limitTerm() {
        return org.fazhi.rules.RuleTerm.valueOf(limitTerm);
    }
}
