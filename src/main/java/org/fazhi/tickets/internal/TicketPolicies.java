package org.fazhi.tickets.internal;

import org.fazhi.shared.procedure.Gate;
import org.fazhi.shared.procedure.Refusal;

/** The gates of a ticket, each written once and named as the rule it enforces. */
public final class TicketPolicies {

    private TicketPolicies() {
    }

    /** Tickets are handled by the units' working staff (经办人员) and the 法治办, not by leaders or reviewers. */
    public static final Gate<TicketFacts> ONLY_TICKET_STAFF_HANDLE = Gate.require(TicketFacts::actorHandles, "role",
            "tickets.refused.role");

    /** 督办/催办 is the 法治办's and the leaders' (Allowed.Supervisors). */
    public static final Gate<TicketFacts> ONLY_SUPERVISORS_URGE = Gate.require(TicketFacts::actorSupervises,
            "role-urge", "tickets.refused.role-urge");

    /** The clock pauses only where a rule allows it: complaints needing tests or verification (TK-05). */
    public static final Gate<TicketFacts> PAUSED_ONLY_WHERE_A_RULE_ALLOWS = Gate.require(
            f -> f.ticket().type().pausable(), "pause-not-allowed",
            f -> Refusal.of("pause-not-allowed", "tickets.refused.pause-not-allowed",
                    new org.springframework.context.support.DefaultMessageSourceResolvable(
                            "tickets.type." + f.ticket().type().name())));

    /** A dissatisfied complainant's ticket goes back for re-handling once (TK-04); then it closes dissatisfied. */
    public static final Gate<TicketFacts> REHANDLED_ONLY_ONCE = Gate.require(f -> f.ticket().reopenCount() == 0,
            "rehandled-once", "tickets.refused.rehandled-once");

    /** 督办 is for tickets past their handling period (a paused ticket is never overdue). */
    public static final Gate<TicketFacts> URGED_ONLY_WHEN_OVERDUE = Gate.require(TicketFacts::overdue, "not-overdue",
            f -> Refusal.of("not-overdue", "tickets.refused.not-overdue", String.valueOf(f.clockDue())));
}
