package org.fazhi.decisions.internal;

/** The rules of the catalog the decisions module reads (RULES.md ids). */
public final class DecisionsRules {

    /** 决策事项目录，经同级党委同意后向社会公布. */
    public static final String CATALOG = "MD-01";
    /** 决策草案公开征求意见，一般不少于30日. */
    public static final String CONSULTATION = "MD-02";
    /** 听证会材料于召开听证会7日前送达（向前计算）；参加人名单提前公布. */
    public static final String HEARING_MATERIALS = "MD-03";
    /** 专家论证；有直接利害关系的专家回避. */
    public static final String EXPERTS = "MD-04";
    /** 风险评估报告. */
    public static final String RISK = "MD-05";
    /** 合法性审查不少于7个工作日；不得以征求意见代替. */
    public static final String LEGALITY_REVIEW = "MD-06";
    /** 集体讨论决定，行政首长最后发表意见. */
    public static final String COLLECTIVE_DECISION = "MD-07";
    /** 决策公布. */
    public static final String PUBLICATION = "MD-08";
    /** 决策过程记录和材料归档. */
    public static final String ARCHIVE = "MD-09";
    /** 决策后评估，评估单位不得是承担论证评估工作的单位. */
    public static final String POST_EVALUATION = "MD-10";
    /** 未经法定程序不得变更或者停止执行；终身责任追究. */
    public static final String CHANGE = "MD-11";
    /**
     * 重大民生决策事项民意调查 (seed 000 §5(3)): one of the ways of public participation the regulation
     * names (条例第十四条), so under the public-participation rule.
     */
    public static final String OPINION_POLL = "MD-02";
    /**
     * 决策执行与跟踪 (条例第三十四条; seed 000 §5(3) 跟踪决策执行情况): the rule table has no row of its own,
     * so the implementation milestones run under the chapter's rule on a decision in force.
     */
    public static final String IMPLEMENTATION = "MD-11";
    /** 合法性审查率、集体讨论率100%. */
    public static final String TARGETS = "SD-04";

    private DecisionsRules() {
    }
}
