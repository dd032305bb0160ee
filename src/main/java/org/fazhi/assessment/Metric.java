package org.fazhi.assessment;

import java.math.BigDecimal;

/**
 * A metric a module contributes: stable id (e.g. {@code normdocs.legality-review-rate}), the
 * messages key of its name, its kind, and optionally the rule whose target it is measured against
 * (SD-03: 100%) with that target.
 */
public record Metric(String id, String module, String labelKey, MetricKind kind, String ruleId, BigDecimal target) {
}
