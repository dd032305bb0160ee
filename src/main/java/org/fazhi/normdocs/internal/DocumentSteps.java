package org.fazhi.normdocs.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fazhi.audit.AuditLog;
import org.fazhi.normdocs.DocumentStatus;
import org.fazhi.normdocs.NormativeDocument;
import org.fazhi.normdocs.NormativeDocumentChanged;
import org.fazhi.normdocs.internal.DocumentProcedure.Step;
import org.fazhi.shared.StaleVersionException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.stereotype.Component;

/**
 * How every step on a normative document runs, written once for the services that take them:
 * lock the document (404 outside the actor's scope), check the version the user's page was based
 * on, let {@link DocumentProcedure} decide on the facts (refusing with the reason the guide shows),
 * then — once the service has made its own changes — move the state, save the versioned root and
 * write the audit entry in the same transaction. A change that the public catalog shows (publication,
 * and any change to a published document) is announced with {@link NormativeDocumentChanged}.
 */
@Component
public class DocumentSteps {

    /** A step let through by the procedure: the locked root, the facts it was checked on, its target. */
    public record Taken(Step step, DocumentRecord record, DocumentFacts facts, DocumentStatus next) {

        public NormativeDocument document() {
            return facts.document();
        }

        public long id() {
            return facts.document().id();
        }

        public LocalDate today() {
            return facts.today();
        }
    }

    private final DocumentRecords records;
    private final DocumentStore documents;
    private final DocumentFactsReader facts;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DocumentSteps(DocumentRecords records, DocumentStore documents, DocumentFactsReader facts, AuditLog audit,
            ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.documents = documents;
        this.facts = facts;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Takes {@code step} on a document the actor may see. {@code expectedVersion}: the version the
     * user's page or request was based on (null: not given); a document changed since is stale (409).
     */
    public Taken take(long id, Step step, Integer expectedVersion) {
        DocumentFacts f = facts.lock(id);
        StaleVersionException.check(expectedVersion, f.document().version(), NormativeDocument.SUBJECT.name(), id);
        DocumentStatus next = DocumentProcedure.PROCEDURE.next(step, f);
        return new Taken(step, records.findById(id).orElseThrow(), f, next);
    }

    /** A step taken by the system (a daily job, the review desk's event): no visibility check. */
    public Taken takeAsSystem(long id, Step step) {
        NormativeDocument d = documents.lock(id).orElseThrow();
        DocumentFacts f = facts.of(d);
        DocumentStatus next = DocumentProcedure.PROCEDURE.next(step, f);
        return new Taken(step, records.findById(id).orElseThrow(), f, next);
    }

    /** Whether the procedure would let the system take {@code step} now (for jobs and listeners). */
    public boolean systemMay(long id, Step step) {
        NormativeDocument d = documents.find(id).orElseThrow();
        return DocumentProcedure.PROCEDURE.refusal(step, facts.of(d)).isEmpty();
    }

    /**
     * Completes a step: moves the document to the step's target, saves the root (refused as stale if
     * it changed meanwhile), audits the change ({@code details}: what the step recorded) and tells the
     * catalog and search index. Returns the document as it now reads.
     */
    public NormativeDocument complete(Taken taken, Map<String, ?> details) {
        DocumentStatus before = taken.document().status();
        taken.record().moveTo(taken.next(), now());
        save(taken.record());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", taken.next());
        after.putAll(details);
        audit.changed(NormativeDocument.SUBJECT.name(), taken.id(), DocumentProcedure.name(taken.step()),
                Map.of("status", before), after);
        if (before == DocumentStatus.PUBLISHED || taken.next() == DocumentStatus.PUBLISHED) {
            // the public catalog and the search index show published documents only
            events.publishEvent(new NormativeDocumentChanged(taken.id()));
        }
        return documents.find(taken.id()).orElseThrow();
    }

    /** Saves a change to the root outside the procedure's states (validity, current version). */
    public void save(DocumentRecord record) {
        try {
            records.save(record);
        } catch (DbActionExecutionException e) {
            // Spring Data JDBC wraps what the database said; the callers react to the database's reason
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
