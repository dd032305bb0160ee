package org.fazhi.assessment;

import java.util.List;
import java.util.Set;

/**
 * Implemented by each module for its metrics. {@code unitIds} is the unit subtree asked for
 * (already within the caller's data scope); {@code year} the calendar year.
 */
public interface MetricSource {

    List<Metric> metrics();

    MetricValue value(String metricId, Set<Long> unitIds, int year);

    List<MetricRecord> records(String metricId, Set<Long> unitIds, int year);
}
