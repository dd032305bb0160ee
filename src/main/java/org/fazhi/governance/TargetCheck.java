package org.fazhi.governance;

import java.math.BigDecimal;
import java.util.List;

/**
 * One yearly target of one unit: which ({@code target}: study-sessions, hearing-attendance,
 * special-meetings, self-inspections, assessment-weight), the rule that sets it, what the records give
 * ({@code actual}: a count, the halves self-inspected, or the weight in percent; null when nothing is
 * recorded), what the rule requires, where the unit stands, and the records counted.
 */
public record TargetCheck(long unitId, String unit, int year, String target, String ruleId, BigDecimal actual,
        BigDecimal required, TargetStatus status, List<String> records) {

    public TargetCheck {
        records = List.copyOf(records);
    }

    public boolean met() {
        return status == TargetStatus.MET;
    }
}
