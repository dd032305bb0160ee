package org.fazhi.review;

/** A review was concluded; the module that owns the subject moves its procedure on. */
public record ReviewConcluded(long requestId, ReviewType type, String module, String subjectType, String subjectId,
        long versionId, ReviewOutcome outcome) {
}
