package org.fazhi.decisions.internal;

import java.time.LocalDate;
import org.fazhi.calendar.WorkingCalendar;
import org.fazhi.rules.RuleTerm;
import org.fazhi.rules.RulesCatalog;
import org.fazhi.shared.Period;
import org.springframework.stereotype.Component;

/**
 * MD-03 counted back from the hearing: the materials must reach the participants at least 7 days
 * before the hearing, so the last day on which they may be delivered is the hearing date less the
 * rule's period. The calendar counts periods forward only, so the backward count is made here, once:
 * calendar days are subtracted as the rule's unit says, and where the rule rolls a period ending on a
 * rest day, the last day moves back to the working day before it (the earlier, the safer).
 */
@Component
public class HearingSchedule {

    private final RulesCatalog rules;
    private final WorkingCalendar calendar;

    HearingSchedule(RulesCatalog rules, WorkingCalendar calendar) {
        this.rules = rules;
        this.calendar = calendar;
    }

    /** The last day the materials of a hearing on {@code hearingDate} may be delivered (MD-03). */
    public LocalDate lastDeliveryDay(LocalDate hearingDate) {
        Period p = period(hearingDate);
        LocalDate day = switch (p.unit()) {
            case WORKING_DAYS -> {
                LocalDate d = hearingDate;
                for (int counted = 0; counted < p.amount(); ) {
                    d = d.minusDays(1);
                    if (calendar.isWorkingDay(d)) {
                        counted++;
                    }
                }
                yield d;
            }
            case CALENDAR_DAYS, MONTHS -> hearingDate.minus(p.toJavaPeriod());
        };
        if (p.restDayRollover() && p.unit() != org.fazhi.shared.PeriodUnit.WORKING_DAYS) {
            while (!calendar.isWorkingDay(day)) {
                day = day.minusDays(1);
            }
        }
        return day;
    }

    /** The earliest hearing date announced {@code today} that leaves the materials their time. */
    public LocalDate earliestHearing(LocalDate today) {
        LocalDate d = today.plusDays(1);
        while (lastDeliveryDay(d).isBefore(today)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The rule's period as in force on the hearing date. */
    public Period period(LocalDate hearingDate) {
        return rules.period(DecisionsRules.HEARING_MATERIALS, RuleTerm.AMOUNT, hearingDate);
    }
}
