package org.fazhi.reconsideration;

/** 行政复议意见书 (行政复议法第七十六条) or 建议书 (local practice), both followed to a correction report. */
public enum LetterKind {
    OPINION,
    SUGGESTION
}
