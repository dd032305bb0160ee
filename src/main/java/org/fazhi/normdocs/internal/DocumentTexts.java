package org.fazhi.normdocs.internal;

import java.util.Optional;
import org.fazhi.normdocs.NormativeDocument;
import org.fazhi.review.ReviewTextSource;
import org.fazhi.review.ReviewedText;
import org.springframework.stereotype.Component;

/**
 * Lets the review desk read the exact version of a normative document under review (and earlier
 * versions, to compare). The desk asks only for requests its reviewer may see.
 */
@Component
class DocumentTexts implements ReviewTextSource {

    private final DocumentStore documents;

    DocumentTexts(DocumentStore documents) {
        this.documents = documents;
    }

    @Override
    public String module() {
        return NormativeDocument.MODULE;
    }

    @Override
    public Optional<ReviewedText> text(String subjectType, String subjectId, long versionId) {
        if (!NormativeDocument.SUBJECT.name().equals(subjectType) || !subjectId.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        long documentId = Long.parseLong(subjectId);
        String note = documents.find(documentId).map(NormativeDocument::noConsultationReason).orElse(null);
        return documents.version(versionId).filter(v -> v.documentId() == documentId)
                .map(v -> new ReviewedText(v.id(), v.versionNo(), v.title(), v.body(), v.draftingNotes(), v.basis(),
                        v.sha256(), note));
    }
}
