package org.fazhi.normdocs.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fazhi.normdocs.DocumentStatus;
import org.fazhi.normdocs.Filing;
import org.fazhi.normdocs.NormativeDocument;
import org.fazhi.participation.PublicConsultation;
import org.fazhi.review.GateDecision;
import org.fazhi.review.LegalityReview;

/**
 * What the gates of a normative document's procedure read, gathered once per step or page: the
 * document, the acting user's standing towards it (drafting unit or issuing body; registering office;
 * the roles that carry or register documents), its consultations, the comments not yet answered, its
 * review rounds with the deliberation gate, its filing duty, today, and the catalog's minimum
 * consultation period in working days (SD-01), which a refusal names; how many identifiers of natural
 * persons the current version holds and who cleared its public copy (PI-03); and the acting user.
 */
public record DocumentFacts(NormativeDocument document, boolean actorDrafts, boolean actorRegisters,
        boolean actorMayDraft, boolean actorMayRegister, List<PublicConsultation> consultations, long undisposed,
        List<LegalityReview> reviews, GateDecision reviewGate, Optional<Filing> filing, LocalDate today,
        int consultationMinimumDays, int personalDataFindings, Long publicCopyClearedBy, Long actorId) {

    public DocumentFacts {
        consultations = List.copyOf(consultations);
        reviews = List.copyOf(reviews);
    }

    public DocumentStatus status() {
        return document.status();
    }

    /** The window open now, if any. */
    public Optional<PublicConsultation> openConsultation() {
        return consultations.stream().filter(PublicConsultation::open).findFirst();
    }

    /** Whether a consultation was held and closed. */
    public boolean consulted() {
        return consultations.stream().anyMatch(PublicConsultation::closed);
    }
}
