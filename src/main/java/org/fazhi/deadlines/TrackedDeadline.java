package org.fazhi.deadlines;

import java.time.LocalDate;

/** A deadline in the register. {@code late}: met after its due date. {@code label}: as registered. */
public record TrackedDeadline(Long id, String module, String subjectType, String subjectId, String subjectTitle,
        String ruleId, String term, LocalDate startDate, LocalDate dueDate, DeadlineStatus status, Long ownerUnitId,
        Long assigneeUserId, boolean provisional, LocalDate metOn, boolean late, String link, String label) {
}
