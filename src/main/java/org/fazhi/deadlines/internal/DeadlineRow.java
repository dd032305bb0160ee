package org.fazhi.deadlines.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.fazhi.deadlines.DeadlineStatus;
import org.fazhi.deadlines.TrackedDeadline;

/** A row of the register with everything the register keeps about it. */
record DeadlineRow(Long id, String module, String subjectType, String subjectId, String subjectTitle, String link,
        String label,
        String ruleId, String term, LocalDate startDate, LocalDate dueDate, boolean fixedDue, DeadlineStatus status,
        Long ownerUnitId, Long assigneeUserId, boolean provisional, boolean extended, String extensionReason,
        LocalDate metOn, boolean late, String cancelReason, boolean dueSoonNotified, boolean overdueNotified,
        Instant createdAt, Instant updatedAt) {

    /** The term of a deadline tracked on a fixed date. */
    static final String FIXED = "FIXED";

    TrackedDeadline tracked() {
        return new TrackedDeadline(id, module, subjectType, subjectId, subjectTitle, ruleId, term, startDate, dueDate,
                status, ownerUnitId, assigneeUserId, provisional, metOn, late, link, label);
    }

    DeadlineRow withId(long newId) {
        return new DeadlineRow(newId, module, subjectType, subjectId, subjectTitle, link, label, ruleId, term, startDate,
                dueDate, fixedDue, status, ownerUnitId, assigneeUserId, provisional, extended, extensionReason, metOn,
                late, cancelReason, dueSoonNotified, overdueNotified, createdAt, updatedAt);
    }

    DeadlineRow withDue(LocalDate due, boolean isProvisional, DeadlineStatus newStatus) {
        return new DeadlineRow(id, module, subjectType, subjectId, subjectTitle, link, label, ruleId, term, startDate, due,
                fixedDue, newStatus, ownerUnitId, assigneeUserId, isProvisional, extended, extensionReason, metOn, late,
                cancelReason, dueSoonNotified && !due.isAfter(dueDate), overdueNotified && newStatus == DeadlineStatus.OVERDUE,
                createdAt, updatedAt);
    }

    DeadlineRow withStatus(DeadlineStatus newStatus) {
        return new DeadlineRow(id, module, subjectType, subjectId, subjectTitle, link, label, ruleId, term, startDate,
                dueDate, fixedDue, newStatus, ownerUnitId, assigneeUserId, provisional, extended, extensionReason,
                metOn, late, cancelReason, dueSoonNotified, overdueNotified, createdAt, updatedAt);
    }

    DeadlineRow extendedFor(String reason) {
        return new DeadlineRow(id, module, subjectType, subjectId, subjectTitle, link, label, ruleId, term, startDate,
                dueDate, fixedDue, status, ownerUnitId, assigneeUserId, provisional, true, reason, metOn, late,
                cancelReason, dueSoonNotified, overdueNotified, createdAt, updatedAt);
    }

    DeadlineRow met(LocalDate on) {
        return new DeadlineRow(id, module, subjectType, subjectId, subjectTitle, link, label, ruleId, term, startDate,
                dueDate, fixedDue, DeadlineStatus.MET, ownerUnitId, assigneeUserId, provisional, extended,
                extensionReason, on, on.isAfter(dueDate), cancelReason, dueSoonNotified, overdueNotified, createdAt,
                updatedAt);
    }

    DeadlineRow cancelled(String reason) {
        return new DeadlineRow(id, module, subjectType, subjectId, subjectTitle, link, label, ruleId, term, startDate,
                dueDate, fixedDue, DeadlineStatus.CANCELLED, ownerUnitId, assigneeUserId, provisional, extended,
                extensionReason, metOn, late, reason, dueSoonNotified, overdueNotified, createdAt, updatedAt);
    }

    DeadlineRow notified(boolean dueSoon, boolean overdue) {
        return new DeadlineRow(id, module, subjectType, subjectId, subjectTitle, link, label, ruleId, term, startDate,
                dueDate, fixedDue, status, ownerUnitId, assigneeUserId, provisional, extended, extensionReason,
                metOn, late, cancelReason, dueSoon, overdue, createdAt, updatedAt);
    }
}
