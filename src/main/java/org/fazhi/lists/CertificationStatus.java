package org.fazhi.lists;

/** What the cleanup of certifications decided for one item (证明事项清理). */
public enum CertificationStatus {
    /** 保留: the certification may still be asked for; it is on the list. */
    KEPT,
    /** 取消: it may no longer be asked for ("清单之外无证明"); the list says how the matter is handled now. */
    CANCELLED
}
