package org.fazhi.disclosure;

/**
 * What a proactive disclosure item is (GI-05), after the rows of Table 二 of the annual report (条例第二十条) and the
 * 主动公开目录: rules and normative documents, licensing, penalty and coercion decisions, fees, and the other
 * heads of the catalogue — the organ's functions, plans, budgets and final accounts, public services, major
 * projects, power and responsibility lists, emergencies — and anything else the catalogue of the unit lists.
 */
public enum ProactiveCategory {
    RULES,
    NORMATIVE_DOCUMENTS,
    LICENSING,
    PENALTY,
    COERCION,
    FEES,
    ORGANISATION,
    PLANS,
    BUDGETS,
    PUBLIC_SERVICES,
    MAJOR_PROJECTS,
    POWER_LISTS,
    EMERGENCIES,
    OTHER
}
