package org.fazhi.lists.internal;

/**
 * The ids of the rules-catalog entries the lists module reads, in one place (RuleIdsTests checks that
 * every id named in the code exists in the catalog).
 */
public final class ListsRules {

    private ListsRules() {
    }

    /** 企业开办时间不超过5个工作日 (seed 000 §5(1); seed 002's plan: 3). */
    public static final String COMPANY_STARTUP = "SD-15";
    /** 80%以上政务服务事项实现“一窗”分类受理 (seed 000 §5(1)). */
    public static final String ONE_WINDOW = "SD-16";
    /** The minimum period of a public consultation on a list adjustment (locality setting). */
    public static final String CONSULTATION_MINIMUM = "LS-02";
    /** 100个高频事项实现“最多跑一次” (seed 000 §5(1), the second number of SD-16). */
    public static final String ONE_TRIP_ITEMS = "LS-01";
}
