package org.fazhi.enforcement.internal;

/**
 * The ids of the rules-catalog entries this module reads, in one place (RuleIdsTests checks that
 * every id named in the code exists in the catalog).
 */
public final class EnforcementRules {

    private EnforcementRules() {
    }

    /** 执法人员不得少于两人, with enforcement qualifications. */
    public static final String TWO_OFFICERS = "PN-01";
    /** 首违不罚、轻微免罚; education is still required. */
    public static final String LENIENT_LISTS = "PN-02";
    /** A changed or revoked published decision is withdrawn within 3 working days. */
    public static final String WITHDRAWAL = "PN-03";
    /** 全过程记录, archived. */
    public static final String FULL_RECORD = "PN-04";
    /** 法制审核 before the decision; collective discussion for complex or major cases. */
    public static final String LEGAL_REVIEW = "PN-05";
    /** Decision within 90 days of opening (with an approved extension). */
    public static final String DECISION_DEADLINE = "PN-06";
    /** The party asks for a hearing within 5 working days of the notice. */
    public static final String HEARING_REQUEST = "PN-07";
    /** The summary procedure (当场处罚). */
    public static final String SUMMARY_PROCEDURE = "PN-08";
    /**
     * Enforcement decisions published within 20 working days; licensing and penalty decisions within 7
     * (the rule's alternate value, {@code RuleTerm.ALTERNATE}).
     */
    public static final String PUBLICITY = "TS-01";
    /** Annual statistics published by 31 January. */
    public static final String STATISTICS = "TS-02";
    /** Legal reviewers at least 5% of the officers. */
    public static final String REVIEWER_RATIO = "TS-03";
    /** Legal review of major enforcement decisions in 100% of cases. */
    public static final String REVIEW_RATE = "SD-05";
    /** The hearing notice at least 7 working days before the hearing. */
    public static final String HEARING_NOTICE = "EN-02";
    /** Summary procedure: fines up to 200 yuan for a natural person. */
    public static final String SUMMARY_LIMIT_PERSON = "EN-03";
    /** Summary procedure: fines up to 3000 yuan for an organisation. */
    public static final String SUMMARY_LIMIT_ORGANISATION = "EN-04";
    /** A large fine or confiscation (hearing right) for a natural person (local standard). */
    public static final String LARGE_AMOUNT_PERSON = "EN-05";
    /** A large fine or confiscation (hearing right) for an organisation (local standard). */
    public static final String LARGE_AMOUNT_ORGANISATION = "EN-06";
}
