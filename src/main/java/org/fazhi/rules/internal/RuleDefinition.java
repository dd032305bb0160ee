package org.fazhi.rules.internal;

import java.math.BigDecimal;
import org.fazhi.rules.LegalForce;
import org.fazhi.rules.RuleDirection;
import org.fazhi.rules.RuleUnit;
import org.fazhi.shared.PeriodCounting;

/** A rule as shipped in {@code rules/catalog.tsv}: the national (or seed) values. */
record RuleDefinition(String id, String area, String title, String summary, BigDecimal amount, BigDecimal maxAmount,
        BigDecimal extension, BigDecimal alternateAmount, String alternateDate, String alternateScope, RuleUnit unit,
        String fixedDate, PeriodCounting counting, RuleDirection direction, RuleDirection maxDirection,
        String startEvent, String source, LegalForce legalForce, boolean restDayRollover, String rolloverBasis,
        String confidence, String note, int sortOrder) {
}
