package org.fazhi.litigation.internal;

/**
 * The ids of the rules-catalog entries this module reads (RuleIdsTests checks each exists). 行政诉讼法
 * periods are calendar days, ending on a working day (第一百零一条, 民事诉讼法第八十五条).
 */
public final class LitigationRules {

    private LitigationRules() {
    }

    /** 被诉行政机关负责人应当出庭应诉. */
    public static final String APPEARANCE = "LT-01";
    /** 答辩状和证据: 15 days from the complaint's copy. */
    public static final String DEFENCE = "LT-02";
    /** 起诉期限: 6 months from knowing of the act. */
    public static final String FILING_PERIOD = "LT-03";
    /** 出庭通知书: served at least 3 days before the hearing (counted back). */
    public static final String SUMMONS = "LT-04";
    /** 复议后起诉: 15 days from the reconsideration decision. */
    public static final String AFTER_RECONSIDERATION = "LT-05";
    /** 不履行法定职责: 2 months from the request before a suit. */
    public static final String INACTION_WAIT = "LT-06";
    /** 最长起诉期限: 5 years from the act. */
    public static final String OUTER_LIMIT = "LT-07";
    /** 最长起诉期限 (不动产): 20 years from the act. */
    public static final String OUTER_LIMIT_REAL_PROPERTY = "LT-08";
    /** 上诉期限 (判决): 15 days from service. */
    public static final String APPEAL_JUDGMENT = "LT-09";
    /** 上诉期限 (裁定): 10 days from service. */
    public static final String APPEAL_RULING = "LT-10";
    /** 未告知起诉期限: at most 1 year from knowing of the act. */
    public static final String UNINFORMED_CAP = "LT-11";
    /** 负责人出庭应诉率 100%; the principal leader at least once where there are cases. */
    public static final String APPEARANCE_TARGET = "SD-07";
    /** 司法建议回复期限 (local setting): 60 days from receipt unless the court set a date. */
    public static final String SUGGESTION_REPLY = "LT-12";
    /** 检察建议回复期限: 2 months from receipt unless the procuratorate set a date. */
    public static final String PROCURATORIAL_REPLY = "LT-13";
}
