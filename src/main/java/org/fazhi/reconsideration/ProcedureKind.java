package org.fazhi.reconsideration;

/** 普通程序 (RC-04, RC-06) or 简易程序 (RC-05, RC-15). */
public enum ProcedureKind {
    ORDINARY,
    SIMPLIFIED
}
