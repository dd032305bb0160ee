package org.fazhi.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fazhi.shared.Period;

/**
 * Read access to the rules catalog for every module. Unknown ids are refused (400 "unknown-rule").
 * <p>
 * A locality's value applies only inside the subtree of the unit that set it, and only when it is
 * stricter than the national value (see {@link RuleDirection}). So every read of a number that can be
 * set locally names the unit it applies to: {@code effectiveOn(id, date, unitId)},
 * {@code period(id, term, date, unitId)}, {@code threshold(id, date, unitId)}. The older methods
 * without a unit answer the national value.
 */
public interface RulesCatalog {

    /** Every rule with its national values. */
    List<Rule> all();

    /** Every rule as in force on {@code date} for {@code unitId} (null: national). */
    List<Rule> all(LocalDate date, Long unitId);

    /** A rule with its national values. */
    Optional<Rule> find(String id);

    /** The rule's national values on {@code date}; unknown id: InvalidInputException. */
    Rule effectiveOn(String id, LocalDate date);

    /**
     * The rule as in force on {@code date} for {@code unitId}: for each number the strictest of the
     * national value and the local values set by the unit and the units above it (null unit: national).
     */
    Rule effectiveOn(String id, LocalDate date, Long unitId);

    /** {@link #period(String, RuleTerm, LocalDate, Long)} with the national value. */
    Period period(String id, RuleTerm term, LocalDate date);

    /**
     * The period of a time-limit rule as in force on {@code date} for {@code unitId}: the chosen term
     * with the rule's unit (working days, calendar days or months), its rest-day rollover and its
     * counting (forward, back from an event, a term). A rule that is not a time limit, or lacks that
     * term, is a programming error (IllegalArgumentException). For months read {@link Period#months()}
     * or {@link Period#wholeYears()}, never divide by hand; a term's end is {@link Period#endOfTermFrom}.
     */
    Period period(String id, RuleTerm term, LocalDate date, Long unitId);

    /** A percent or count threshold (TS-03: 5 percent), national value. */
    BigDecimal threshold(String id, LocalDate date);

    /** A percent or count threshold as in force on {@code date} for {@code unitId}. */
    BigDecimal threshold(String id, LocalDate date, Long unitId);

    /**
     * The local values in force on {@code date} anywhere in the deployment, one per unit that set
     * them, for showing beside the national value (never a value looser than the national one).
     */
    List<LocalValue> localValues(String id, LocalDate date);

    /** A unit's own values of a rule in force on a date. */
    record LocalValue(Long unitId, String unitName, BigDecimal amount, BigDecimal maxAmount, BigDecimal extension,
            BigDecimal alternateAmount, LocalDate effectiveFrom) {
    }
}
