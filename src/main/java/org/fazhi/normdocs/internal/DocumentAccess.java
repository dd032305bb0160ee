package org.fazhi.normdocs.internal;

import org.fazhi.normdocs.IssuingBody;
import org.fazhi.normdocs.NormativeDocument;
import org.fazhi.review.LegalityReviews;
import org.fazhi.shared.NotFoundException;
import org.fazhi.units.DataScope;
import org.springframework.stereotype.Component;

/**
 * Who may see a normative document: the drafting unit's scope, the issuing body's unit's scope, the
 * registering office's scope (it registers every document of its bodies), and the scope of a review
 * desk the document was submitted to (the desk reads the text, earlier versions and the
 * consultation it reviews; it acts on the document only through the review). Everyone else gets
 * 404. Also says whether the actor drafts or registers it (the gates read that).
 */
@Component
public class DocumentAccess {

    private final DocumentStore documents;
    private final IssuingBodyStore bodies;
    private final DataScope scope;
    private final LegalityReviews reviews;

    DocumentAccess(DocumentStore documents, IssuingBodyStore bodies, DataScope scope, LegalityReviews reviews) {
        this.documents = documents;
        this.bodies = bodies;
        this.scope = scope;
        this.reviews = reviews;
    }

    public boolean visible(NormativeDocument d) {
        if (scope.canSee(d.unitId())) {
            return true;
        }
        IssuingBody body = bodies.find(d.issuingBodyId()).orElseThrow();
        if (scope.canSee(body.unitId()) || scope.canSee(body.registeringUnitId())) {
            return true;
        }
        return reviews.forSubject(NormativeDocument.SUBJECT.ref(d.id())).stream()
                .anyMatch(r -> scope.canSee(r.deskUnitId()));
    }

    /** The document, its row locked for a procedure step, if the actor may see it; else 404. */
    public NormativeDocument lockVisible(long id) {
        NormativeDocument d = documents.lock(id).orElseThrow(() -> notFound(id));
        if (!visible(d)) {
            throw notFound(id);
        }
        return d;
    }

    public NormativeDocument requireVisible(long id) {
        NormativeDocument d = documents.find(id).orElseThrow(() -> notFound(id));
        if (!visible(d)) {
            throw notFound(id);
        }
        return d;
    }

    /** Whether the actor acts for the drafting unit or the issuing body. */
    public boolean canDraft(NormativeDocument d) {
        if (scope.canSee(d.unitId())) {
            return true;
        }
        return bodies.find(d.issuingBodyId()).map(b -> scope.canSee(b.unitId())).orElse(false);
    }

    /** Whether the actor works in the scope of the document's registering office. */
    public boolean canRegister(NormativeDocument d) {
        return bodies.find(d.issuingBodyId()).map(b -> scope.canSee(b.registeringUnitId())).orElse(false);
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException(NormativeDocument.SUBJECT.name(), id);
    }
}
