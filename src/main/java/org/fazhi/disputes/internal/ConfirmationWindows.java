package org.fazhi.disputes.internal;

import java.util.List;
import org.fazhi.calendar.DueDate;
import org.fazhi.calendar.WorkingCalendar;
import org.fazhi.disputes.ConfirmationWindow;
import org.fazhi.disputes.MediationCase;
import org.fazhi.rules.RuleTerm;
import org.springframework.stereotype.Component;

/**
 * The parties' judicial-confirmation window of an agreement (PM-01), counted by the calendar from the day
 * the agreement took effect for the committee's unit: the rule's days, the rest-day rollover and the
 * explanation come from the catalog and the calendar, never from here.
 */
@Component
public class ConfirmationWindows {

    private final WorkingCalendar calendar;

    ConfirmationWindows(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /** The window of an agreed case (null before the agreement took effect). */
    public ConfirmationWindow of(MediationCase c) {
        if (c.agreementEffectiveOn() == null) {
            return null;
        }
        DueDate due = calendar.dueByRule(DisputesRules.JUDICIAL_CONFIRMATION, RuleTerm.AMOUNT,
                c.agreementEffectiveOn(), c.unitId(), List.of());
        return new ConfirmationWindow(DisputesRules.JUDICIAL_CONFIRMATION, c.agreementEffectiveOn(), due.due(),
                due.period().amount(), due.explanation());
    }
}
