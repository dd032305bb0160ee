package org.fazhi.deadlines.internal;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.deadlines.DeadlineStatus;
import org.fazhi.deadlines.DueIn;

/**
 * A deadline as the 督办台 and the API show it: in words ({@code label}: what it is; {@code moduleName}:
 * the business it belongs to; {@code ruleTitle}: the rule, its code in {@code ruleId}), with its owner
 * unit's name, its pauses, and how far off it is ({@code dueIn}: days and working days left, urgency).
 */
public record DeadlineView(Long id, String module, String subjectType, String subjectId, String subjectTitle,
        String link, String ruleId, String term, LocalDate startDate, LocalDate dueDate, DeadlineStatus status,
        Long ownerUnitId, String ownerUnitName, Long assigneeUserId, String assigneeName, boolean provisional,
        boolean extended, String extensionReason, LocalDate metOn, boolean late, String cancelReason,
        List<Pause> pauses, String label, String moduleName, String ruleTitle, DueIn dueIn) {

    /** A pause; {@code to} null while the clock still stands. */
    public record Pause(LocalDate from, LocalDate to, String reason) {
    }

    public boolean overdue() {
        return status == DeadlineStatus.OVERDUE;
    }
}
