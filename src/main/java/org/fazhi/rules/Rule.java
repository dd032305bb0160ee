package org.fazhi.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.fazhi.shared.PeriodCounting;

/**
 * A rule as it applies on a given date to a unit: the national (or seed) value and, where the unit or
 * a unit above it has set a stricter local value, the local value in force. {@code amount} is the
 * value in force; {@code nationalAmount} the shipped default. {@code maxAmount}: the upper bound of a
 * range (ND-02: 5–15 working days); {@code extension}: an approved extension (GI-01: +20 working
 * days); {@code alternateAmount} / {@code alternateDate}: the second value for the cases named in
 * {@code alternateScope} (TS-01: 7 working days; GI-06: 03-31).
 * <p>
 * {@code direction} / {@code maxDirection}: which way a locality may move the amount (and extension,
 * alternate) / the maximum; {@code counting}: forward, back from an event, or a term counting its
 * first day; {@code legalForce}: 法定 only for a law or regulation. {@code source} is the public
 * citation; {@code note} and {@code confidence} are how far the source was checked, for staff only.
 * {@code rolloverBasis}: the provision that moves a last day falling on a rest day (行政复议法第八十八条、
 * 民事诉讼法第八十五条 for a reconsideration period, 民法典第二百零三条 otherwise).
 */
public record Rule(String id, String area, String title, String summary, BigDecimal amount, BigDecimal maxAmount,
        BigDecimal extension, RuleUnit unit, String fixedDate, String startEvent, String source, String confidence,
        boolean restDayRollover, BigDecimal nationalAmount, BigDecimal nationalMaxAmount,
        BigDecimal nationalExtension, LocalDate overrideEffectiveFrom, String overrideReason,
        BigDecimal alternateAmount, String alternateDate, String alternateScope, BigDecimal nationalAlternateAmount,
        RuleDirection direction, RuleDirection maxDirection, PeriodCounting counting, LegalForce legalForce,
        String rolloverBasis, String note, Long overrideUnitId) {

    public boolean overridden() {
        return overrideEffectiveFrom != null;
    }

    /** A time limit: a number of working days, days or months. */
    public boolean timeLimit() {
        return unit == RuleUnit.WORKING_DAYS || unit == RuleUnit.CALENDAR_DAYS || unit == RuleUnit.MONTHS;
    }

    /** Whether a locality may set its own numbers (a time limit or threshold with a direction). */
    public boolean adjustable() {
        return direction != null && unit != RuleUnit.NONE && unit != RuleUnit.FIXED_DATE;
    }

    /** Whether the rule has that number (AMOUNT of GI-01, EXTENSION of RC-06, ALTERNATE of TS-01 ...). */
    public boolean has(RuleTerm term) {
        if (unit == RuleUnit.FIXED_DATE) {
            return term == RuleTerm.AMOUNT ? fixedDate != null : term == RuleTerm.ALTERNATE && alternateDate != null;
        }
        return switch (term) {
            case AMOUNT -> amount != null;
            case MAX_AMOUNT -> maxAmount != null;
            case EXTENSION -> extension != null;
            case ALTERNATE -> alternateAmount != null;
        };
    }

    /** The number in force for a term (null when the rule lacks it). */
    public BigDecimal value(RuleTerm term) {
        return switch (term) {
            case AMOUNT -> amount;
            case MAX_AMOUNT -> maxAmount;
            case EXTENSION -> extension;
            case ALTERNATE -> alternateAmount;
        };
    }

    /** The national number of a term. */
    public BigDecimal nationalValue(RuleTerm term) {
        return switch (term) {
            case AMOUNT -> nationalAmount;
            case MAX_AMOUNT -> nationalMaxAmount;
            case EXTENSION -> nationalExtension;
            case ALTERNATE -> nationalAlternateAmount;
        };
    }

    /** The direction a term may move: the maximum has its own, the others follow the amount. */
    public RuleDirection directionOf(RuleTerm term) {
        return term == RuleTerm.MAX_AMOUNT ? maxDirection : direction;
    }

    /** Whether the rule is set by a law or an administrative regulation (法定). */
    public boolean statutory() {
        return legalForce == LegalForce.STATUTORY;
    }
}
