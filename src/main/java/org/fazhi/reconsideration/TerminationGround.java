package org.fazhi.reconsideration;

/** 终止的情形 (行政复议法第四十一条、第七十四条). */
public enum TerminationGround {
    /** (一) 申请人撤回申请，准予撤回. */
    WITHDRAWN,
    /** 当事人和解后申请人撤回 (第七十四条). */
    SETTLED,
    /** (二) 申请人死亡，没有近亲属或者近亲属放弃. */
    NO_HEIR,
    /** (三) 法人或者其他组织终止，没有承受人或者承受人放弃. */
    NO_SUCCESSOR,
    /** (四) 因同一违法行为涉嫌犯罪，被采取刑事强制措施. */
    CRIMINAL_MEASURES,
    /** (五) 依第三十九条第一款第一、二、四项中止满60日，原因仍未消除 (RC-09). */
    SUSPENSION_EXPIRED
}
