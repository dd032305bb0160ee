package org.fazhi.assessment;

import java.math.BigDecimal;

/**
 * A metric a module contributes: stable id (e.g. {@code normdocs.legality-review-rate}), the
 * messages key of its name, its kind, and optionally the rule whose target it is measured against
 * (SD-03: 100%) with that target. A rate says in words what its numerator and denominator count,
 * under the keys {@link #numeratorKey()} and {@link #denominatorKey()} (AssessmentDefinitionsIT
 * checks every rate has both, in both languages).
 */
public record Metric(String id, String module, String labelKey, MetricKind kind, String ruleId, BigDecimal target) {

    /** The message key saying what a rate counts above the line ({@code <labelKey>.numerator}). */
    public String numeratorKey() {
        return labelKey + ".numerator";
    }

    /** The message key saying what a rate counts below the line ({@code <labelKey>.denominator}). */
    public String denominatorKey() {
        return labelKey + ".denominator";
    }
}
