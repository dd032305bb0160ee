package org.fazhi.indicators;

import java.math.BigDecimal;
import org.fazhi.shared.SubjectType;

/**
 * An indicator of a system. {@code metricId}: the figure it is scored from (null or one no module
 * contributes: scored by hand). {@code target}: set by the system, or null to take the rule's
 * ({@code ruleId}) value from the catalog for the assessed unit, or else the metric's own target.
 */
public record Indicator(long id, long systemId, long areaId, int seq, String code, String title, String metricId,
        String ruleId, Comparison comparison, BigDecimal target, BigDecimal weight, ScoringFunction scoring,
        BigDecimal deductPerPoint) {

    public static final SubjectType SUBJECT = new SubjectType(IndicatorSystem.MODULE, "indicator");

    /** Scored by hand whatever the figures say. */
    public boolean manual() {
        return scoring == ScoringFunction.MANUAL || metricId == null;
    }
}
