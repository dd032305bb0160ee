package org.fazhi.governance;

/** What a report on a task or a finding is. */
public enum ReportKind {
    /** 进展情况. */
    PROGRESS,
    /** 办结（整改完成）申请, with evidence. */
    CLOSURE,
    /** 退回, with the reason. */
    RETURNED,
    /** 确认办结（销号）. */
    CONFIRMED
}
