package org.fazhi.normdocs;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fazhi.audit.AuditLog;
import org.fazhi.normdocs.internal.DocumentAccess;
import org.fazhi.normdocs.internal.DocumentDeadlines;
import org.fazhi.normdocs.internal.DocumentProcedure.Step;
import org.fazhi.normdocs.internal.DocumentRecord;
import org.fazhi.normdocs.internal.DocumentRecords;
import org.fazhi.normdocs.internal.DocumentSteps;
import org.fazhi.normdocs.internal.DocumentStore;
import org.fazhi.normdocs.internal.SupersessionStore;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.web.Allowed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which earlier documents a document amends, replaces or repeals. Named while it is drafted (the
 * earlier ones must be published and in force); applied when it is published: an amended document
 * stays in force as 已修改, a replaced or repealed one becomes 已废止, each pointing to the document
 * that changed it. A document a cleanup listed as to be amended stays in force until then.
 */
@Service
@Transactional
public class Supersessions {

    private static final String ENTITY = "document-supersession";

    private final SupersessionStore store;
    private final DocumentSteps steps;
    private final DocumentAccess access;
    private final DocumentStore documents;
    private final DocumentRecords records;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final DocumentDeadlines documentDeadlines;

    Supersessions(DocumentDeadlines documentDeadlines, SupersessionStore store, DocumentSteps steps, DocumentAccess access, DocumentStore documents,
            DocumentRecords records, AuditLog audit, ApplicationEventPublisher events, MessageSource messages) {
        this.store = store;
        this.documentDeadlines = documentDeadlines;
        this.steps = steps;
        this.access = access;
        this.documents = documents;
        this.records = records;
        this.audit = audit;
        this.events = events;
        this.messages = messages;
    }

    /** What the document changes and what changed it, oldest first. */
    @Transactional(readOnly = true)
    public List<Supersession> of(long documentId) {
        access.requireVisible(documentId);
        return store.of(documentId);
    }

    /** Names an earlier document, published and in force, that this document amends, replaces or repeals. */
    @Allowed.Drafters
    public Supersession name(long documentId, SupersessionRequest r) {
        steps.take(documentId, Step.NAME_SUPERSEDED, null);
        if (r.documentId() == documentId) {
            throw InvalidInputException.field("documentId", "normdocs.supersession.itself");
        }
        NormativeDocument old = access.requireVisible(r.documentId());
        if (!old.published() || old.validity() == null || !old.validity().inForce()) {
            throw InvalidInputException.field("documentId", "normdocs.supersession.not-in-force", old.title());
        }
        if (store.by(documentId).stream().anyMatch(s -> s.oldDocumentId() == old.id())) {
            throw InvalidInputException.field("documentId", "normdocs.supersession.already-named", old.title());
        }
        store.add(documentId, old.id(), r.kind(), Actor.current().userId());
        audit.created(ENTITY, documentId + "/" + old.id(), Map.of("documentId", documentId, "supersedes", old.id(),
                "kind", r.kind()));
        return store.by(documentId).stream().filter(s -> s.oldDocumentId() == old.id()).findFirst().orElseThrow();
    }

    /** Takes a named document off the list (before publication). */
    @Allowed.Drafters
    public void unname(long documentId, long oldDocumentId) {
        steps.take(documentId, Step.UNNAME_SUPERSEDED, null);
        if (store.remove(documentId, oldDocumentId) == 0) {
            throw new NotFoundException(ENTITY, documentId + "/" + oldDocumentId);
        }
        audit.deleted(ENTITY, documentId + "/" + oldDocumentId, Map.of("documentId", documentId,
                "supersedes", oldDocumentId));
    }

    /**
     * Applies what a published document names once it takes effect ("自施行之日起"): called at publication
     * (in its transaction) and by the daily job for documents taking effect later. Every named document
     * still in force changes validity and points to it; one no longer in force keeps its state.
     */
    void applyIfInEffect(NormativeDocument published, LocalDate today) {
        if (!published.published() || published.effectiveDate() == null || published.effectiveDate().isAfter(today)) {
            return;
        }
        LocalDate on = published.effectiveDate();
        for (Supersession s : store.by(published.id())) {
            if (s.applied()) {
                continue;
            }
            NormativeDocument old = documents.lock(s.oldDocumentId()).orElseThrow();
            store.applied(published.id(), old.id(), on);
            if (old.validity() == null || !old.validity().inForce()) {
                continue;
            }
            String reason = messages.getMessage("normdocs.supersession.reason." + s.kind().name(),
                    new Object[] {published.title(), published.documentNumber() == null ? "" : published.documentNumber()},
                    java.util.Locale.SIMPLIFIED_CHINESE);
            DocumentRecord record = records.findById(old.id()).orElseThrow();
            record.superseded(s.kind().result(), on, reason, steps.now());
            steps.save(record);
            documentDeadlines.expiryHandled(old, on);
            audit.changed(NormativeDocument.SUBJECT.name(), old.id(), "superseded",
                    Map.of("validity", old.validity()), Map.of("validity", s.kind().result(), "on", on,
                            "by", published.id(), "kind", s.kind()));
            events.publishEvent(new NormativeDocumentChanged(old.id()));
        }
    }

    /** Daily job: documents published earlier that take effect today apply what they name. */
    public int applyDue(LocalDate today) {
        int applied = 0;
        for (long id : store.pendingWhoseDocumentIsInEffect(today)) {
            applyIfInEffect(documents.find(id).orElseThrow(), today);
            applied++;
        }
        return applied;
    }
}
