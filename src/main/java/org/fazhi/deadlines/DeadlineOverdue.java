package org.fazhi.deadlines;

/** The daily scan found a deadline past due and not met. */
public record DeadlineOverdue(long deadlineId, String module, String subjectType, String subjectId,
        Long ownerUnitId) {
}
