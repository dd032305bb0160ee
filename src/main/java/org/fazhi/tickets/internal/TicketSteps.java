package org.fazhi.tickets.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fazhi.audit.AuditLog;
import org.fazhi.shared.StaleVersionException;
import org.fazhi.tickets.Ticket;
import org.fazhi.tickets.TicketStatus;
import org.fazhi.tickets.internal.TicketProcedure.Step;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.stereotype.Component;

/**
 * How every step of a ticket runs: lock it (404 outside the scope), check the version, let
 * {@link TicketProcedure} decide, then move the state, save the versioned root and audit.
 */
@Component
public class TicketSteps {

    /** A step let through: the locked root, the facts it was checked on, its target. */
    public record Taken(Step step, TicketRecord record, TicketFacts facts, TicketStatus next) {

        public Ticket ticket() {
            return facts.ticket();
        }

        public long id() {
            return facts.ticket().id();
        }
    }

    private final TicketRecords records;
    private final TicketStore store;
    private final TicketFactsReader facts;
    private final AuditLog audit;
    private final Clock clock;

    TicketSteps(TicketRecords records, TicketStore store, TicketFactsReader facts, AuditLog audit, Clock clock) {
        this.records = records;
        this.store = store;
        this.facts = facts;
        this.audit = audit;
        this.clock = clock;
    }

    public Taken take(long id, Step step, Integer expectedVersion) {
        return taken(facts.lock(id), step, expectedVersion);
    }

    /** The complainant's own step on the portal: the ticket found by receipt and code, no staff scope. */
    public Taken takeForComplainant(long id, Step step) {
        return taken(facts.lockForComplainant(id), step, null);
    }

    private Taken taken(TicketFacts f, Step step, Integer expectedVersion) {
        StaleVersionException.check(expectedVersion, f.ticket().version(), Ticket.SUBJECT.name(), f.ticket().id());
        TicketStatus next = TicketProcedure.PROCEDURE.next(step, f);
        return new Taken(step, records.findById(f.ticket().id()).orElseThrow(), f, next);
    }

    public Ticket complete(Taken taken, Map<String, ?> details) {
        TicketStatus before = taken.ticket().status();
        taken.record().moveTo(taken.next(), now());
        save(taken.record());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", taken.next());
        after.putAll(details);
        audit.changed(Ticket.SUBJECT.name(), taken.id(), TicketProcedure.name(taken.step()), Map.of("status", before),
                after);
        return store.ticket(taken.id()).orElseThrow();
    }

    public TicketRecord save(TicketRecord record) {
        try {
            return records.save(record);
        } catch (DbActionExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
