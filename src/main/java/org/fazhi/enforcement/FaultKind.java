package org.fazhi.enforcement;

/** The kind of enforcement fault (执法过错). */
public enum FaultKind {
    /** 认定事实错误. */
    WRONG_FACTS,
    /** 适用法律错误. */
    WRONG_LAW,
    /** 违反法定程序. */
    PROCEDURE,
    /** 滥用裁量权、显失公正. */
    EXCESS_DISCRETION,
    /** 不履行、拖延履行法定职责. */
    OMISSION,
    OTHER
}
