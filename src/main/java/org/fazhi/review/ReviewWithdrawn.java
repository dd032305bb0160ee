package org.fazhi.review;

/** A review request was withdrawn by its submitter. */
public record ReviewWithdrawn(long requestId, String module, String subjectType, String subjectId) {
}
