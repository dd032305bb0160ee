package org.fazhi.governance;

/** What kind of plan a work plan is. */
public enum PlanKind {
    /** 年度法治政府建设工作要点. */
    ANNUAL_POINTS,
    /** 实施方案 (e.g. of the 法治政府建设实施纲要). */
    IMPLEMENTATION_PLAN
}
