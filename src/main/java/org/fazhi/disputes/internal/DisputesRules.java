package org.fazhi.disputes.internal;

/**
 * The ids of the rules-catalog entries this module reads, in one place (RuleIdsTests checks that every
 * id named in the code exists in the catalog).
 */
public final class DisputesRules {

    private DisputesRules() {
    }

    /** 调解协议生效之日起三十日内共同申请司法确认 (人民调解法第三十三条). */
    public static final String JUDICIAL_CONFIRMATION = "PM-01";
    /** Each enforcement department assigns at least 2 staff to administrative mediation (seed 002). */
    public static final String ADMIN_MEDIATION_STAFF = "SD-18";
    /** 一村（社区）一法律顾问 coverage 100% (seed 002). */
    public static final String VILLAGE_ADVISERS = "SD-19";
    /** 信访事项受理告知: within 15 days of receipt (信访工作条例). */
    public static final String PETITION_ACCEPTANCE = "PT-01";
    /** 信访事项办理: within 60 days of acceptance, extendable by at most 30 (信访工作条例). */
    public static final String PETITION_HANDLING = "PT-02";
    /** 复查请求: within 30 days of receiving the written reply (信访工作条例). */
    public static final String PETITION_REVIEW_REQUEST = "PT-03";
}
