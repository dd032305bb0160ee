package org.fazhi.reconsideration;

/** 中止的情形 (行政复议法第三十九条第一款). */
public enum SuspensionGround {
    /** (一) 申请人死亡，近亲属尚未确定是否参加. */
    APPLICANT_DIED(true),
    /** (二) 申请人丧失行为能力，尚未确定法定代理人. */
    APPLICANT_INCAPACITATED(true),
    /** (三) 申请人下落不明. */
    APPLICANT_MISSING(false),
    /** (四) 法人或者其他组织终止，尚未确定权利义务承受人. */
    ORGANISATION_TERMINATED(true),
    /** (五) 不可抗力或者其他正当理由不能参加. */
    FORCE_MAJEURE(false),
    /** (六) 调解、和解，双方同意中止. */
    MEDIATION_OR_SETTLEMENT(false),
    /** (七) 法律适用问题需要有权机关解释或者确认. */
    INTERPRETATION_NEEDED(false),
    /** (八) 需要以其他案件的审理结果为依据. */
    OTHER_CASE_PENDING(false),
    /** (九) 规范性文件附带审查 (第五十六条、第五十七条). */
    NORMDOC_REVIEW(false),
    /** (十) 其他情形. */
    OTHER(false);

    private final boolean terminatesAfterSixtyDays;

    SuspensionGround(boolean terminatesAfterSixtyDays) {
        this.terminatesAfterSixtyDays = terminatesAfterSixtyDays;
    }

    /** 第四十一条第（五）项: suspended on this ground for 60 days (RC-09), the case is terminated. */
    public boolean terminatesAfterSixtyDays() {
        return terminatesAfterSixtyDays;
    }
}
