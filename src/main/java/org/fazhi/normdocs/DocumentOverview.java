package org.fazhi.normdocs;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fazhi.participation.AdoptionSummary;
import org.fazhi.participation.PublicComment;
import org.fazhi.participation.PublicConsultation;
import org.fazhi.review.LegalityReview;
import org.fazhi.shared.procedure.Guide;

/**
 * Everything the document page shows, read in one transaction after one scope check: the document
 * with its names, the procedure guide, versions, consultations and comments with the adoption
 * summary, review rounds (and the 修改后合法 review whose changes the next version must answer),
 * registration suggestion, publication defaults (whom the document will be filed with), attachments,
 * filing and its packet, evaluations and the validity history; and, where the text holds natural
 * persons' identifiers, the public copy with them removed and whether a second person cleared it.
 */
public record DocumentOverview(
        NormativeDocument document,
        String issuingBody,
        String unit,
        PlanItem planItem,
        Guide<DocumentStatus> guide,
        List<DocumentVersion> versions,
        List<PublicConsultation> consultations,
        List<PublicComment> comments,
        AdoptionSummary summary,
        LocalDate earliestCloseIfOpenedToday,
        List<LegalityReview> reviews,
        Optional<LegalityReview> changesToAnswer,
        String suggestedDocumentNumber,
        int maxValidityYears,
        List<DocumentAttachment> attachments,
        Optional<Filing> filing,
        List<String> missingPacketItems,
        List<PostEvaluation> evaluations,
        List<ValidityEvent> history,
        String filingAddressee,
        List<Supersession> supersessions,
        int personalDataFindings,
        String publicCopy,
        boolean publicCopyCleared,
        LocalDate today) {

    public DocumentOverview {
        versions = List.copyOf(versions);
        consultations = List.copyOf(consultations);
        comments = List.copyOf(comments);
        reviews = List.copyOf(reviews);
        attachments = List.copyOf(attachments);
        missingPacketItems = List.copyOf(missingPacketItems);
        evaluations = List.copyOf(evaluations);
        history = List.copyOf(history);
        supersessions = List.copyOf(supersessions);
    }

    /** The version the document stands at now. */
    public DocumentVersion currentVersion() {
        return versions.stream().filter(v -> v.id().equals(document.currentVersionId())).findFirst().orElse(null);
    }

    /** The window open now, if any. */
    public PublicConsultation openConsultation() {
        return consultations.stream().filter(PublicConsultation::open).findFirst().orElse(null);
    }
}
