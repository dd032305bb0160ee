package org.fazhi.rules.internal;

import java.math.BigDecimal;
import java.util.List;
import org.fazhi.rules.LegalForce;
import org.fazhi.rules.Rule;
import org.fazhi.rules.RuleDirection;
import org.fazhi.rules.RuleUnit;
import org.fazhi.rules.RulesCatalog.LocalValue;
import org.fazhi.shared.PeriodCounting;

/**
 * A rule as the public reads it (JSON API): the national values with their public source, which way a
 * locality may move them, and the stricter local values in force. How far the source was checked
 * (confidence, notes) stays in the console.
 */
public record PublicRule(String id, String area, String title, String summary, LegalForce legalForce,
        BigDecimal amount, BigDecimal maxAmount, BigDecimal extension, BigDecimal alternateAmount,
        String alternateDate, String alternateScope, RuleUnit unit, String fixedDate, String value,
        PeriodCounting counting, RuleDirection direction, RuleDirection maxDirection, String startEvent,
        boolean restDayRollover, String rolloverBasis, String source, List<LocalValue> localValues) {

    static PublicRule of(Rule r, String value, List<LocalValue> locals) {
        return new PublicRule(r.id(), r.area(), r.title(), r.summary(), r.legalForce(), r.nationalAmount(),
                r.nationalMaxAmount(), r.nationalExtension(), r.nationalAlternateAmount(), r.alternateDate(),
                r.alternateScope(), r.unit(), r.fixedDate(), value, r.counting(), r.direction(), r.maxDirection(),
                r.startEvent(), r.restDayRollover(), r.rolloverBasis(), r.source(), locals);
    }
}
