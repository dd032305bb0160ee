package org.fazhi.suggestions;

/** The category of an answer, as the answer letter states it. */
public enum AnswerCategory {
    /** 所提问题已经解决或基本解决. */
    A,
    /** 所提问题正在解决或列入计划逐步解决. */
    B,
    /** 因条件限制或其他原因需要以后解决，或留作参考. */
    C
}
