package org.fazhi.reconsideration;

/** 实质性化解 without a decision: 调解 (行政复议法第七十三条) or 和解 (第七十四条). */
public enum ResolutionKind {
    MEDIATION,
    SETTLEMENT
}
