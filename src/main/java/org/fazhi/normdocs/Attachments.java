package org.fazhi.normdocs;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.fazhi.audit.AuditLog;
import org.fazhi.files.FileStore;
import org.fazhi.files.StoredFile;
import org.fazhi.normdocs.internal.AttachmentStore;
import org.fazhi.normdocs.internal.DocumentAccess;
import org.fazhi.normdocs.internal.DocumentProcedure.Step;
import org.fazhi.normdocs.internal.DocumentSteps;
import org.fazhi.normdocs.internal.DocumentStore;
import org.fazhi.shared.Actor;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.RefusedException;
import org.springframework.context.event.EventListener;
import org.fazhi.shared.web.Allowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files attached to a document through the file store: 起草说明 and 制定依据 (they count for the
 * filing packet), annexes published with the document (公布附件: made public when the document is
 * published, or when attached to a published document), and other working files. Files are stored
 * under the drafting unit; an attachment of a published document stays (it is part of the record).
 */
@Service
@Transactional
public class Attachments {

    static final String ENTITY = "document-attachment";

    private final AttachmentStore store;
    private final DocumentStore documents;
    private final DocumentAccess access;
    private final FileStore files;
    private final AuditLog audit;
    private final DocumentSteps steps;

    Attachments(AttachmentStore store, DocumentStore documents, DocumentAccess access, FileStore files,
            AuditLog audit, DocumentSteps steps) {
        this.steps = steps;
        this.store = store;
        this.documents = documents;
        this.access = access;
        this.files = files;
        this.audit = audit;
    }

    /** Stores the upload under the drafting unit and attaches it to the document's current version. */
    @Allowed.Drafters
    public DocumentAttachment attach(long documentId, DocumentAttachment.Kind kind, InputStream content,
            String fileName, String contentType) {
        NormativeDocument d = steps.take(documentId, Step.ATTACH, null).document();
        if (kind == null) {
            throw org.fazhi.shared.InvalidInputException.field("kind", "normdocs.attachment.kind-required");
        }
        StoredFile file = files.store(content, fileName, contentType, d.unitId());
        long id = store.insert(documentId, d.currentVersionId(), file.id(), kind.name(), Actor.current().userId());
        if (kind.isPublic() && d.published()) {
            publish(file.id());
        }
        audit.created(ENTITY, id, Map.of("documentId", documentId, "fileId", file.id(), "kind", kind,
                "name", file.originalName()));
        return view(store.find(id).orElseThrow(), file);
    }

    /** Removes an attachment of a document not yet published (the file itself stays in the store). */
    @Allowed.Drafters
    public void remove(long documentId, long attachmentId) {
        steps.take(documentId, Step.REMOVE_ATTACHMENT, null);
        AttachmentStore.Row row = store.find(attachmentId).filter(r -> r.documentId() == documentId)
                .orElseThrow(() -> new NotFoundException(ENTITY, attachmentId));
        store.delete(attachmentId);
        audit.deleted(ENTITY, attachmentId, Map.of("documentId", documentId, "fileId", row.fileId(),
                "kind", row.kind()));
    }

    @Transactional(readOnly = true)
    public List<DocumentAttachment> of(long documentId) {
        access.requireVisible(documentId);
        return ofVisible(documentId);
    }

    /** The attachments of a document whose visibility the caller has checked. */
    List<DocumentAttachment> ofVisible(long documentId) {
        return store.ofDocument(documentId).stream().map(r -> view(r, files.get(r.fileId()))).toList();
    }

    /** The annexes of a published document, for the public catalog (404 for anything unpublished). */
    @Transactional(readOnly = true)
    public List<DocumentAttachment> publicAnnexes(long documentId) {
        NormativeDocument d = documents.find(documentId).filter(NormativeDocument::published)
                .orElseThrow(() -> new NotFoundException(NormativeDocument.SUBJECT.name(), documentId));
        return store.ofDocument(d.id()).stream()
                .filter(r -> DocumentAttachment.Kind.valueOf(r.kind()).isPublic())
                .map(r -> view(r, files.get(r.fileId()))).filter(a -> a != null).toList();
    }

    /** Whether the document has an attachment of that kind (the filing packet counts them). */
    @Transactional(readOnly = true)
    public boolean has(long documentId, DocumentAttachment.Kind kind) {
        return store.hasKind(documentId, kind.name());
    }

    /**
     * When a document is published, its annexes become public, in the publishing transaction (the
     * publisher acts for the drafting unit, whose files they are).
     */
    @EventListener
    void on(NormativeDocumentChanged e) {
        documents.find(e.documentId()).filter(NormativeDocument::published).ifPresent(d -> store
                .ofDocument(d.id()).stream().filter(r -> DocumentAttachment.Kind.valueOf(r.kind()).isPublic())
                .forEach(r -> publish(r.fileId())));
    }

    private void publish(long fileId) {
        try {
            files.publish(fileId);
        } catch (NotFoundException outOfScope) {
            throw new RefusedException("annex-out-of-scope", "normdocs.refused.annex-out-of-scope");
        }
    }

    private static DocumentAttachment view(AttachmentStore.Row r, StoredFile f) {
        return new DocumentAttachment(r.id(), r.documentId(), r.versionId(), r.fileId(),
                DocumentAttachment.Kind.valueOf(r.kind()), f.originalName(), f.size(), f.contentType(),
                r.createdAt().toInstant());
    }
}
