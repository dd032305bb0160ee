package org.fazhi.tickets;

import java.util.List;
import org.fazhi.shared.procedure.Guide;
import org.fazhi.tickets.internal.TicketFacts;
import org.fazhi.tickets.internal.TicketFactsReader;
import org.fazhi.tickets.internal.TicketProcedure;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What comes next for a ticket, and for every step whether the user may take it now (the same gates as the steps). */
@Service
@Transactional(readOnly = true)
public class TicketGuide {

    private final TicketFactsReader facts;

    TicketGuide(TicketFactsReader facts) {
        this.facts = facts;
    }

    public Guide<TicketStatus> of(long id) {
        return of(facts.read(id));
    }

    Guide<TicketStatus> of(TicketFacts f) {
        Ticket t = f.ticket();
        String key;
        List<Object> args;
        switch (t.status()) {
            case NEW -> {
                key = "tickets.next.assign";
                args = List.of();
            }
            case HANDLING -> {
                key = f.overdue() ? "tickets.next.overdue" : "tickets.next.reply";
                args = List.of(String.valueOf(f.clockDue()));
            }
            case PAUSED -> {
                key = "tickets.next.paused";
                args = List.of(String.valueOf(t.pauseReason()));
            }
            case REPLIED -> {
                key = "tickets.next.callback";
                args = List.of(String.valueOf(t.repliedOn()));
            }
            default -> {
                key = "tickets.next.closed";
                args = List.of(String.valueOf(t.closedOn()));
            }
        }
        return new Guide<>(t.status(), key, args, TicketProcedure.PROCEDURE.checks(f, TicketProcedure.PEOPLE_STEPS));
    }
}
