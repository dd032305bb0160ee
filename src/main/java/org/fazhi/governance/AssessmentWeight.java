package org.fazhi.governance;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The rule-of-law share of a unit's annual target assessment (年度综合目标考核) for a year (SD-14). */
public record AssessmentWeight(long id, long unitId, int year, BigDecimal totalPoints, BigDecimal ruleOfLawPoints,
        String documentRef, String note) {

    /** The weight in percent, two decimals. */
    public BigDecimal percent() {
        return ruleOfLawPoints.multiply(BigDecimal.valueOf(100)).divide(totalPoints, 2, RoundingMode.HALF_UP);
    }
}
