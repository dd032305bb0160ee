package org.fazhi.inspections;

/** What an inspection found. */
public enum TaskResult {
    /** 未发现问题. */
    NO_PROBLEM,
    /** 发现问题，责令整改. */
    PROBLEM_CORRECTED,
    /** 发现问题，已立案查处. */
    CASE_OPENED,
    /** 未发现经营（不在登记住所）. */
    NOT_FOUND
}
