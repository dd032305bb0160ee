package org.fazhi.normdocs;

/** A cleanup campaign's verdict on one document (清理结论). */
public enum CleanupVerdict {
    /** 继续有效. */
    CONTINUE,
    /** 修改. */
    AMEND,
    /** 废止. */
    REPEAL,
    /** 宣布失效. */
    DECLARE_INVALID
}
