package org.fazhi.review;

/**
 * A module asks for a legality review of the exact version of a text. The deciding unit is the
 * body that will decide (e.g. the county government); its desk is looked up.
 */
public record SubmissionRequest(ReviewType type, ReviewSubject subject, Long submittingUnitId, Long decidingUnitId) {
}
