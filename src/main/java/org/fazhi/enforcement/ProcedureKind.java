package org.fazhi.enforcement;

/** Which procedure a case follows. */
public enum ProcedureKind {
    /** 普通程序. */
    ORDINARY,
    /** 简易（当场）程序, within PN-08's limits. */
    SUMMARY
}
