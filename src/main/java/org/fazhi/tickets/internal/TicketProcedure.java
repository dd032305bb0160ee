package org.fazhi.tickets.internal;

import static org.fazhi.tickets.TicketStatus.CLOSED;
import static org.fazhi.tickets.TicketStatus.HANDLING;
import static org.fazhi.tickets.TicketStatus.NEW;
import static org.fazhi.tickets.TicketStatus.PAUSED;
import static org.fazhi.tickets.TicketStatus.REPLIED;
import static org.fazhi.tickets.internal.TicketPolicies.ONLY_SUPERVISORS_URGE;
import static org.fazhi.tickets.internal.TicketPolicies.ONLY_TICKET_STAFF_HANDLE;
import static org.fazhi.tickets.internal.TicketPolicies.PAUSED_ONLY_WHERE_A_RULE_ALLOWS;
import static org.fazhi.tickets.internal.TicketPolicies.REHANDLED_ONLY_ONCE;
import static org.fazhi.tickets.internal.TicketPolicies.URGED_ONLY_WHEN_OVERDUE;

import java.util.List;
import org.fazhi.shared.procedure.Procedure;
import org.fazhi.shared.procedure.Refusal;
import org.fazhi.tickets.TicketStatus;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The procedure of a complaint or 12345 ticket: states, steps and gates ({@link TicketPolicies}).
 *
 * <pre>
 * NEW ──assign (type, unit)──▶ HANDLING (clock of the type's rule) ──transfer──▶ (stays, new unit, new clock)
 * HANDLING ──pause (complaints only, TK-05)──▶ PAUSED ──resume──▶ HANDLING (paused days move the due date)
 * HANDLING ──reply──▶ REPLIED ──close (satisfied, or dissatisfied after re-handling)──▶ CLOSED
 * REPLIED ──reopen (dissatisfied, once, TK-04)──▶ HANDLING (new clock)
 * HANDLING ──urge (督办, overdue only)──▶ (stays)
 * </pre>
 */
public final class TicketProcedure {

    public enum Step {
        ASSIGN,
        TRANSFER,
        PAUSE,
        RESUME,
        REPLY,
        CLOSE,
        REOPEN,
        URGE
    }

    /** The steps a person takes on the ticket's page, in the order the guide lists them. */
    public static final List<Step> PEOPLE_STEPS = List.of(Step.values());

    public static final Procedure<TicketStatus, Step, TicketFacts> PROCEDURE = Procedure
            .of(TicketStatus.class, Step.class, TicketFacts::status, TicketProcedure::wrongState)
            .step(Step.ASSIGN).checkFirst(ONLY_TICKET_STAFF_HANDLE).from(NEW)
                    .outside(s -> Refusal.of("already-assigned", "tickets.refused.already-assigned")).to(HANDLING)
            .step(Step.TRANSFER).checkFirst(ONLY_TICKET_STAFF_HANDLE).from(HANDLING).stays()
            .step(Step.PAUSE).checkFirst(ONLY_TICKET_STAFF_HANDLE).from(HANDLING)
                    .gate(PAUSED_ONLY_WHERE_A_RULE_ALLOWS).to(PAUSED)
            .step(Step.RESUME).checkFirst(ONLY_TICKET_STAFF_HANDLE).from(PAUSED)
                    .outside(s -> Refusal.of("not-paused", "tickets.refused.not-paused")).to(HANDLING)
            .step(Step.REPLY).checkFirst(ONLY_TICKET_STAFF_HANDLE).from(HANDLING).to(REPLIED)
            .step(Step.CLOSE).checkFirst(ONLY_TICKET_STAFF_HANDLE).from(REPLIED)
                    .outside(s -> Refusal.of("not-replied", "tickets.refused.not-replied")).to(CLOSED)
            .step(Step.REOPEN).checkFirst(ONLY_TICKET_STAFF_HANDLE).from(REPLIED)
                    .outside(s -> Refusal.of("not-replied", "tickets.refused.not-replied"))
                    .gate(REHANDLED_ONLY_ONCE).to(HANDLING)
            .step(Step.URGE).checkFirst(ONLY_SUPERVISORS_URGE).from(HANDLING).gate(URGED_ONLY_WHEN_OVERDUE).stays()
            .build();

    private TicketProcedure() {
    }

    public static String name(Step step) {
        return Procedure.name(step);
    }

    private static Refusal wrongState(TicketStatus current, Step step) {
        return switch (current) {
            case CLOSED -> Refusal.of("ticket-closed", "tickets.refused.closed");
            case PAUSED -> Refusal.of("paused", "tickets.refused.paused");
            case NEW -> Refusal.of("not-assigned", "tickets.refused.not-assigned");
            default -> Refusal.of("wrong-status", "tickets.refused.wrong-status",
                    new DefaultMessageSourceResolvable("tickets.status." + current.name()));
        };
    }
}
