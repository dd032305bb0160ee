package org.fazhi.disclosure;

/** The outcome columns of each group of Table 四 (their 总计 is their sum): 结果维持, 结果纠正, 其他结果, 尚未审结. */
public enum RemedyOutcome {
    UPHELD,
    CORRECTED,
    OTHER,
    PENDING
}
