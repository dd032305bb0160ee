package org.fazhi.decisions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.shared.SubjectType;

/**
 * A major administrative decision as read: the catalog item it comes from, the sponsoring unit (承办单位)
 * and the deciding government (决策机关), its attributes and the parties with a direct interest in it
 * (an expert with such an interest is refused), where its procedure stands, the current version of
 * the draft, the round (1; a change under MD-11 starts the next), and what the procedure recorded:
 * the decided version and date, the publication, a suspension, why it was stopped, the archive.
 */
public record MajorDecision(Long id, Long catalogItemId, Long unitId, Long decidingUnitId, String title,
        DecisionStatus status, DecisionAttributes attributes, List<String> interestedParties, Long currentVersionId,
        int roundNo, Instant roundStartedAt, String changeReason, Long decidedVersionId, LocalDate decidedOn,
        Long decidedTopicId, LocalDate publicationDate, String publicationChannels, String documentNumber,
        LocalDate suspendedOn, String suspensionReason, String suspensionBasis, String stoppedReason,
        LocalDate archivedOn, String archiveNo, int version) {

    /** How other modules (review, participation, deadlines, audit) refer to a major decision. */
    public static final SubjectType SUBJECT = new SubjectType(DecisionCatalog.MODULE, "major-decision");

    public MajorDecision {
        interestedParties = List.copyOf(interestedParties);
    }

    /** Published and so public (MD-08). */
    public boolean published() {
        return publicationDate != null;
    }
}
