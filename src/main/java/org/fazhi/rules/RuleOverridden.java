package org.fazhi.rules;

import java.time.LocalDate;

/**
 * A unit changed its local values of a rule from {@code effectiveFrom}: open deadlines of that rule
 * owned inside the unit's subtree may move ({@code unitId} null: anywhere).
 */
public record RuleOverridden(String ruleId, LocalDate effectiveFrom, Long unitId) {

    public RuleOverridden(String ruleId, LocalDate effectiveFrom) {
        this(ruleId, effectiveFrom, null);
    }
}
