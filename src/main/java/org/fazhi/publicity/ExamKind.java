package org.fazhi.publicity;

/** What a law exam is for. */
public enum ExamKind {
    /** 国家工作人员学法考试. */
    STAFF_LAW,
    /** 行政执法资格考试 (a pass is required before a certificate is granted or renewed). */
    ENFORCEMENT_QUALIFICATION,
    /** 领导干部任前法律知识考试. */
    PRE_APPOINTMENT
}
