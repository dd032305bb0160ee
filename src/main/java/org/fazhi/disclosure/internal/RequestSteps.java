package org.fazhi.disclosure.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fazhi.audit.AuditLog;
import org.fazhi.disclosure.DisclosureRequest;
import org.fazhi.disclosure.RequestStatus;
import org.fazhi.disclosure.internal.RequestProcedure.Step;
import org.fazhi.shared.StaleVersionException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.stereotype.Component;

/**
 * How every step of a request runs: lock it (404 outside the scope), check the version, let
 * {@link RequestProcedure} decide, then move the state, save the versioned root and audit.
 */
@Component
public class RequestSteps {

    /** A step let through: the locked root, the facts it was checked on, its target. */
    public record Taken(Step step, RequestRecord record, RequestFacts facts, RequestStatus next) {

        public DisclosureRequest request() {
            return facts.request();
        }

        public long id() {
            return facts.request().id();
        }
    }

    private final RequestRecords records;
    private final RequestStore store;
    private final RequestFactsReader facts;
    private final AuditLog audit;
    private final Clock clock;

    RequestSteps(RequestRecords records, RequestStore store, RequestFactsReader facts, AuditLog audit, Clock clock) {
        this.records = records;
        this.store = store;
        this.facts = facts;
        this.audit = audit;
        this.clock = clock;
    }

    public Taken take(long id, Step step, Integer expectedVersion) {
        RequestFacts f = facts.lock(id);
        StaleVersionException.check(expectedVersion, f.request().version(), DisclosureRequest.SUBJECT.name(), id);
        RequestStatus next = RequestProcedure.PROCEDURE.next(step, f);
        return new Taken(step, records.findById(id).orElseThrow(), f, next);
    }

    /** A step the requester takes on the portal (receipt number and code verified by the caller): no scope applies. */
    public Taken takeAsRequester(DisclosureRequest verified, Step step) {
        RequestFacts f = facts.lockForRequester(verified);
        RequestStatus next = RequestProcedure.PROCEDURE.next(step, f);
        return new Taken(step, records.findById(verified.id()).orElseThrow(), f, next);
    }

    public DisclosureRequest complete(Taken taken, Map<String, ?> details) {
        RequestStatus before = taken.request().status();
        taken.record().moveTo(taken.next(), now());
        save(taken.record());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", taken.next());
        after.putAll(details);
        audit.changed(DisclosureRequest.SUBJECT.name(), taken.id(), RequestProcedure.name(taken.step()),
                Map.of("status", before), after);
        return store.request(taken.id()).orElseThrow();
    }

    public RequestRecord save(RequestRecord record) {
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
