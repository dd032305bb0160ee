package org.fazhi.litigation.internal;

import java.time.LocalDate;
import org.fazhi.calendar.WorkingCalendar;
import org.fazhi.rules.RuleTerm;
import org.fazhi.rules.RulesCatalog;
import org.fazhi.shared.Period;
import org.fazhi.shared.PeriodUnit;
import org.springframework.stereotype.Component;

/**
 * LT-04: the court serves the summons of the responsible person at least 3 days before the hearing.
 * The latest day of service is counted back from the hearing on the calendar — in this one method,
 * so that it asks the calendar's own backward counting once the calendar offers it.
 */
@Component
public class SummonsRule {

    private final WorkingCalendar calendar;
    private final RulesCatalog rules;

    SummonsRule(WorkingCalendar calendar, RulesCatalog rules) {
        this.calendar = calendar;
        this.rules = rules;
    }

    /**
     * The last day the summons for a hearing on {@code hearing} may be served: the rule's days before
     * the hearing. Calendar days (the shipped LT-04) go back on the calendar, and a day so found is
     * not moved off a rest day or holiday — the rest-day rollover lengthens a period a party acts in,
     * and moving this day would shorten the notice; a locality that sets working days counts only
     * working days strictly before the hearing (rest days and holidays skipped, 调休 days counted).
     */
    public LocalDate latestService(LocalDate hearing) {
        Period period = rules.period(LitigationRules.SUMMONS, RuleTerm.AMOUNT, hearing);
        if (period.unit() == PeriodUnit.WORKING_DAYS) {
            LocalDate d = hearing;
            int counted = 0;
            while (counted < period.amount()) {
                d = d.minusDays(1);
                if (calendar.isWorkingDay(d)) {
                    counted++;
                }
            }
            return d;
        }
        return hearing.minus(period.toJavaPeriod());
    }
}
