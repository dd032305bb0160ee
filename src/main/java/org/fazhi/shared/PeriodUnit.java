package org.fazhi.shared;

/** How a statutory period is counted. */
public enum PeriodUnit {
    /** 工作日: Monday–Friday that are not holidays, plus make-up working days (调休). */
    WORKING_DAYS,
    /** 日 (calendar days), the start day not counted. */
    CALENDAR_DAYS,
    /** 月: the same day of the month N months later (or the month's last day). */
    MONTHS
}
