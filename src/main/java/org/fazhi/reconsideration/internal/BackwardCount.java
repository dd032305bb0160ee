package org.fazhi.reconsideration.internal;

import java.time.LocalDate;
import org.fazhi.calendar.WorkingCalendar;
import org.fazhi.rules.RuleTerm;
import org.fazhi.rules.RulesCatalog;
import org.fazhi.shared.Period;
import org.fazhi.shared.PeriodUnit;
import org.springframework.stereotype.Component;

/**
 * Periods counted back from an event ("于举行听证的五日前通知"), on the official calendar: the last
 * day on which the act is still in time. This is the one place the module counts backwards; when
 * the calendar counts a rule's period back from an event itself, this method asks it instead.
 */
@Component
public class BackwardCount {

    private final WorkingCalendar calendar;
    private final RulesCatalog rules;

    BackwardCount(WorkingCalendar calendar, RulesCatalog rules) {
        this.calendar = calendar;
        this.rules = rules;
    }

    /**
     * The latest day {@code ruleId}'s period before {@code event}: n working days back counts only
     * working days strictly before the event (rest days and holidays skipped, 调休 days counted);
     * calendar days and months go back on the calendar.
     */
    public LocalDate latestBefore(String ruleId, LocalDate event) {
        Period period = rules.period(ruleId, RuleTerm.AMOUNT, event);
        if (period.unit() == PeriodUnit.WORKING_DAYS) {
            LocalDate d = event;
            int counted = 0;
            while (counted < period.amount()) {
                d = d.minusDays(1);
                if (calendar.isWorkingDay(d)) {
                    counted++;
                }
            }
            return d;
        }
        return event.minus(period.toJavaPeriod());
    }
}
