package org.fazhi.assessment;

/**
 * One record behind a figure: what it is, a console link, and whether it counts in the numerator
 * (for a rate: e.g. reviewed vs. not reviewed).
 */
public record MetricRecord(String label, String link, boolean counted, String note) {
}
