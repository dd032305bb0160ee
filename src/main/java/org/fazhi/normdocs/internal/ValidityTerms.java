package org.fazhi.normdocs.internal;

import java.time.LocalDate;
import org.fazhi.rules.RuleTerm;
import org.fazhi.rules.RulesCatalog;
import org.fazhi.shared.Period;
import org.springframework.stereotype.Component;

/**
 * The validity period (有效期) of a normative document, read from the catalog (LC-01) with its unit
 * honoured: the longest term in whole years, and the last day of a term of N years from the day the
 * document takes effect (施行日 2026-03-02, 5 years → 2031-03-01: the first day counts).
 */
@Component
public class ValidityTerms {

    private final RulesCatalog rules;

    ValidityTerms(RulesCatalog rules) {
        this.rules = rules;
    }

    /** The longest validity in whole years for a document of {@code unitId} published on {@code on}. */
    public int maxYears(LocalDate on, long unitId) {
        return rules.period(NormdocsRules.VALIDITY_PERIOD, RuleTerm.AMOUNT, on, unitId).wholeYears();
    }

    /** The last day in force of a term of {@code years} starting on {@code effective} (the first day counts). */
    public static LocalDate lastDay(LocalDate effective, int years) {
        return Period.termOfYears(years).endOfTermFrom(effective);
    }
}
