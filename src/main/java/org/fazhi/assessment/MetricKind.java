package org.fazhi.assessment;

/** How a metric's value reads. */
public enum MetricKind {
    /** numerator / denominator as a percentage. */
    RATE,
    /** a count of records. */
    COUNT,
    /** an average number of days. */
    DAYS
}
