package org.fazhi.inspections;

/** Where an inspection plan stands. */
public enum PlanStatus {
    /** 已制定, not drawn. */
    PLANNED,
    /** 已抽取: objects and inspectors drawn, results being recorded. */
    DRAWN,
    /** 结果已公开. */
    PUBLISHED
}
