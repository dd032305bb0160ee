package org.fazhi.reconsideration.internal;

/**
 * The ids of the rules-catalog entries this module reads, in one place (RuleIdsTests checks that
 * every id named in the code exists in the catalog). 行政复议法第八十八条: its 3, 5, 7 and 10 days are
 * working days; 15, 30 and 60 days are calendar days ending on a working day.
 */
public final class ReconsiderationRules {

    private ReconsiderationRules() {
    }

    /** 申请期限: 60 days from knowing of the act, or longer where a law says so. */
    public static final String APPLICATION_PERIOD = "RC-01";
    /** 受理审查: 5 working days, then deemed accepted; the 补正 notice within the same 5 working days. */
    public static final String ACCEPTANCE_REVIEW = "RC-02";
    /** 复议前置 (and forwarding by the penalising agency within 5 working days). */
    public static final String PRECONDITION = "RC-03";
    /** 普通程序: copy to the respondent within 7 working days of acceptance. */
    public static final String ORDINARY_COPY = "RC-04";
    /** 简易程序: copy within 3 working days of acceptance. */
    public static final String SIMPLIFIED_COPY = "RC-05";
    /** 普通程序决定期限: 60 days + 30 with approval. */
    public static final String ORDINARY_DECISION = "RC-06";
    /** 附带审查: handle within 30 days. */
    public static final String NORMDOC_HANDLING = "RC-07";
    /** 意见书: the correction report within 60 days of service. */
    public static final String LETTER_CORRECTION = "RC-08";
    /** 中止满60日终止. */
    public static final String SUSPENSION_TERMINATION = "RC-09";
    /** Not told of the right to apply: at most 1 year from knowing of the act. */
    public static final String UNINFORMED_CAP = "RC-10";
    /** 补正材料: 10 working days from the notice. */
    public static final String CORRECTION_PERIOD = "RC-11";
    /** The respondent's answer in the ordinary procedure: 10 working days. */
    public static final String ORDINARY_ANSWER = "RC-12";
    /** 听证通知: at least 5 working days before the hearing. */
    public static final String HEARING_NOTICE = "RC-13";
    /** The respondent's answer in the simplified procedure: 5 working days. */
    public static final String SIMPLIFIED_ANSWER = "RC-14";
    /** 简易程序决定期限: 30 days. */
    public static final String SIMPLIFIED_DECISION = "RC-15";
    /** 附带审查转送: 7 working days. */
    public static final String NORMDOC_FORWARD = "RC-16";
    /** Notify the issuing organ within 3 working days of the suspension. */
    public static final String NORMDOC_NOTICE = "RC-17";
    /** The issuing organ answers within 10 working days. */
    public static final String NORMDOC_ISSUER_ANSWER = "RC-18";
    /** A receiving organ replies within 60 days. */
    public static final String NORMDOC_REPLY = "RC-19";
    /** At most 5 years from the act. */
    public static final String OUTER_LIMIT = "RC-20";
    /** At most 20 years from the act for real property. */
    public static final String OUTER_LIMIT_REAL_PROPERTY = "RC-21";
    /** 简易程序: amounts up to 3000 yuan. */
    public static final String SIMPLIFIED_AMOUNT = "RC-22";
}
