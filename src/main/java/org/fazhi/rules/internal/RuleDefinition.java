package org.fazhi.rules.internal;

import java.math.BigDecimal;
import org.fazhi.rules.RuleUnit;

/** A rule as shipped in {@code rules/catalog.tsv}: the national (or seed) values. */
record RuleDefinition(String id, String area, String title, String summary, BigDecimal amount, BigDecimal maxAmount,
        BigDecimal extension, RuleUnit unit, String fixedDate, String startEvent, String source, String confidence,
        boolean restDayRollover, int sortOrder) {
}
