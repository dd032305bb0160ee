package org.fazhi.decisions;

/**
 * The procedures of a major decision (重大行政决策程序暂行条例 第三章): which one, the rule it is under,
 * and whether a decision that requires it may go without it for a recorded reason. Legality review
 * and the collective decision are never waived (MD-06, MD-07; SD-04: 100%).
 */
public enum RequiredProcedure {
    /** 公众参与: the draft opened to public comment (MD-02). */
    PUBLIC_PARTICIPATION("MD-02", true),
    /** 听证: where the public interest is major or views may divide sharply (MD-03). */
    HEARING("MD-03", true),
    /** 民意调查: on livelihood matters (seed 000 §5(3)), a way of public participation (MD-02). */
    OPINION_POLL("MD-02", true),
    /** 专家论证 (MD-04). */
    EXPERT_ARGUMENTATION("MD-04", true),
    /** 风险评估 (MD-05). */
    RISK_ASSESSMENT("MD-05", true),
    /** 合法性审查 (MD-06). */
    LEGALITY_REVIEW("MD-06", false),
    /** 集体讨论决定 (MD-07). */
    COLLECTIVE_DECISION("MD-07", false);

    private final String rule;
    private final boolean waivable;

    RequiredProcedure(String rule, boolean waivable) {
        this.rule = rule;
        this.waivable = waivable;
    }

    public String rule() {
        return rule;
    }

    public boolean waivable() {
        return waivable;
    }
}
