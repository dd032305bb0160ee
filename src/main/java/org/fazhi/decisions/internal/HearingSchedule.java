package org.fazhi.decisions.internal;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.calendar.WorkingCalendar;
import org.fazhi.rules.RuleTerm;
import org.fazhi.rules.RulesCatalog;
import org.fazhi.shared.Period;
import org.springframework.stereotype.Component;

/**
 * MD-03 counted back from the hearing: the materials must reach the participants at least 7 days
 * before the hearing, so the last day on which they may be delivered is the hearing date less the
 * rule's period, as the unit's locality sets it. The rules catalog counts MD-03 back from the event and
 * the calendar computes it; every place that needs the day asks here.
 */
@Component
public class HearingSchedule {

    private final RulesCatalog rules;
    private final WorkingCalendar calendar;

    HearingSchedule(RulesCatalog rules, WorkingCalendar calendar) {
        this.rules = rules;
        this.calendar = calendar;
    }

    /** The last day the materials of a unit's hearing on {@code hearingDate} may be delivered (MD-03). */
    public LocalDate lastDeliveryDay(LocalDate hearingDate, Long unitId) {
        return calendar.dueByRule(DecisionsRules.HEARING_MATERIALS, RuleTerm.AMOUNT, hearingDate, unitId, List.of())
                .due();
    }

    /** The earliest hearing date a unit announcing {@code today} can set that leaves the materials their time. */
    public LocalDate earliestHearing(LocalDate today, Long unitId) {
        LocalDate d = today.plusDays(1);
        while (lastDeliveryDay(d, unitId).isBefore(today)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The rule's period as in force on the hearing date for the unit. */
    public Period period(LocalDate hearingDate, Long unitId) {
        return rules.period(DecisionsRules.HEARING_MATERIALS, RuleTerm.AMOUNT, hearingDate, unitId);
    }
}
