package org.fazhi.reconsideration;

/** How an incidental review of a normative document ended (行政复议法第五十九条、第六十条). */
public enum NormdocConclusion {
    /** 相关条款合法，在决定书中一并告知. */
    LAWFUL,
    /** 超越权限或者违反上位法：决定停止执行并责令制定机关纠正. */
    UNLAWFUL,
    /** 接受转送的机关已回复处理意见. */
    REPLIED
}
