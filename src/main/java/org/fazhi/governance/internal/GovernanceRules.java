package org.fazhi.governance.internal;

/**
 * The ids of the rules-catalog entries the governance module reads, in one place (RuleIdsTests checks
 * that every id named in the code exists in the catalog).
 */
public final class GovernanceRules {

    private GovernanceRules() {
    }

    /** 领导班子每年至少安排4次以上法治专题学习 (seed 000 §5(7)). */
    public static final String STUDY_SESSIONS = "SD-09";
    /** 每年至少组织开展1次旁听人民法院庭审 (seed 000 §5(7)). */
    public static final String HEARING_ATTENDANCE = "SD-10";
    /** 党政主要负责人每年召开专题会议不少于一次 (seed 000 §5(8)). */
    public static final String SPECIAL_MEETINGS = "SD-11";
    /** 每半年进行法治政府建设工作自查 (seed 000 §5(8)). */
    public static final String SELF_INSPECTIONS = "SD-13";
    /** 法治建设成效在年度综合目标考核中的分值权重不低于10% (seed 000 §5(8)). */
    public static final String ASSESSMENT_WEIGHT = "SD-14";
    /** A work plan's task is done by the due date the plan sets (督办). */
    public static final String TASK_DEADLINE = "GV-01";
    /** A finding is rectified by the due date the inspection sets (整改). */
    public static final String RECTIFICATION_DEADLINE = "GV-02";
}
