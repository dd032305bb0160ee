package org.fazhi.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.shared.SubjectType;

/**
 * A legality review request as the desk and the submitter see it: the subject and exact version,
 * who submitted it from which unit, which desk reviews it, its clock (received, earliest
 * conclusion, due) and, once concluded, the outcome, opinion, reviewer, required changes and the
 * advisers consulted. {@code round} counts the reviews of the same subject.
 */
public record LegalityReview(Long id, ReviewType type, ReviewSubject subject, int round, Long submittingUnitId,
        Long decidingUnitId, Long deskUnitId, Long submittedBy, LocalDate receivedOn, LocalDate earliestConclusion,
        LocalDate dueOn, Long deadlineId, ReviewStatus status, ReviewOutcome outcome, String opinion,
        Long reviewerId, LocalDate concludedOn, String earlyReason, List<RequiredChange> requiredChanges,
        List<AdviserConsultation> consultations, Instant createdAt, int version) {

    /** How other modules (deadlines, audit, inbox) refer to a review request. */
    public static final SubjectType SUBJECT = new SubjectType("review", "review-request");

    public LegalityReview {
        requiredChanges = List.copyOf(requiredChanges);
        consultations = List.copyOf(consultations);
    }

    public boolean allChangesMade() {
        return requiredChanges.stream().allMatch(RequiredChange::made);
    }
}
