package org.fazhi.normdocs;

/** Whether a published document is in force (效力状态), as the public catalog shows it. */
public enum Validity {
    /** 现行有效. */
    CURRENT,
    /** 已废止. */
    REPEALED,
    /** 已失效 (expired, or declared invalid). */
    EXPIRED,
    /** 已修改. */
    AMENDED;

    public boolean inForce() {
        return this == CURRENT || this == AMENDED;
    }
}
