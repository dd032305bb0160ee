package org.fazhi.decisions;

/**
 * Why a matter is on the catalog: the kinds of major administrative decision of 重大行政决策程序暂行条例
 * 第三条.
 */
public enum DecisionCriterion {
    /** 制定有关公共服务、市场监管、社会管理、环境保护等方面的重大公共政策和措施. */
    PUBLIC_POLICY,
    /** 制定经济和社会发展等方面的重要规划. */
    PLAN,
    /** 制定开发利用、保护重要自然资源和文化资源的重大公共政策和措施. */
    RESOURCES,
    /** 决定在本行政区域实施的重大公共建设项目. */
    PUBLIC_PROJECT,
    /** 决定对经济社会发展有重大影响、涉及重大公共利益或者社会公众切身利益的其他重大事项. */
    PUBLIC_INTEREST
}
