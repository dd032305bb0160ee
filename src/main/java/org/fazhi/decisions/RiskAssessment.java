package org.fazhi.decisions;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A risk assessment report (风险评估报告, MD-05): who assessed, the risk points, the level, the measures,
 * the response plan (处置预案), whether the risk is controllable (风险可控 — only then may the decision be
 * made), and the date it concluded.
 */
public record RiskAssessment(Long id, Long decisionId, int roundNo, Long assessorUnitId, String assessorName,
        String riskPoints, RiskLevel level, String measures, String responsePlan, boolean controllable,
        LocalDate concludedOn, Long recordedBy, Instant recordedAt) {

    /** 风险等级. */
    public enum RiskLevel {
        LOW,
        MEDIUM,
        HIGH
    }
}
