package org.fazhi.litigation;

/** 判决, 裁定 or 调解书. */
public enum JudgmentKind {
    JUDGMENT,
    RULING,
    MEDIATION
}
