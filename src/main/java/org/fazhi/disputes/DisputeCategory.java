package org.fazhi.disputes;

/** What a dispute is about (纠纷类型). */
public enum DisputeCategory {
    NEIGHBOUR,
    FAMILY,
    LAND,
    LABOUR,
    CONTRACT,
    DAMAGES,
    OTHER
}
