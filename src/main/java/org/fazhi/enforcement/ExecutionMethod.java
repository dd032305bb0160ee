package org.fazhi.enforcement;

/** How a decision was executed. */
public enum ExecutionMethod {
    /** 当事人自觉履行 (fine paid, order complied with). */
    FULFILLED,
    /** 行政机关强制执行. */
    ENFORCED,
    /** 申请人民法院强制执行. */
    COURT_ENFORCED
}
