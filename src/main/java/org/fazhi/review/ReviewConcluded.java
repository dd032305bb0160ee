package org.fazhi.review;

import org.fazhi.shared.SubjectRef;

/**
 * A review was concluded; the module that owns the subject moves its procedure on (a listener in the
 * same transaction: the desk's conclusion and the subject's state change commit together).
 */
public record ReviewConcluded(long requestId, ReviewType type, SubjectRef subject, long versionId,
        ReviewOutcome outcome) {
}
