package org.fazhi.rules;

import java.time.LocalDate;

/** The locality changed a rule's amount from {@code effectiveFrom}: open deadlines may move. */
public record RuleOverridden(String ruleId, LocalDate effectiveFrom) {
}
