package org.fazhi.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fazhi.shared.Period;

/** Read access to the rules catalog for every module. Unknown ids are refused (400 "unknown-rule"). */
public interface RulesCatalog {

    List<Rule> all();

    Optional<Rule> find(String id);

    /** The rule as in force on {@code date} (locality override applied); unknown id: InvalidInputException. */
    Rule effectiveOn(String id, LocalDate date);

    /**
     * The period of a time-limit rule as in force on {@code date}: the chosen term with the rule's
     * unit (working days, calendar days or months) and its rest-day rollover. A rule that is not a
     * time limit, or lacks that term, is a programming error (IllegalArgumentException).
     */
    Period period(String id, RuleTerm term, LocalDate date);

    /** A percent or count threshold (TS-03: 5 percent) as in force on {@code date}. */
    BigDecimal threshold(String id, LocalDate date);
}
