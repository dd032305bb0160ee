package org.fazhi.deadlines.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import org.fazhi.deadlines.DeadlineStatus;

/**
 * A 督办台 query already narrowed to units the user may see: a status (null: every active one, or
 * {@code all} for every status), a module, a due-date range.
 */
public record BoardFilter(Collection<Long> unitIds, String module, DeadlineStatus status, boolean allStatuses,
        LocalDate dueFrom, LocalDate dueTo) {

    static final Set<DeadlineStatus> ACTIVE = Set.of(DeadlineStatus.OPEN, DeadlineStatus.PAUSED,
            DeadlineStatus.EXTENDED, DeadlineStatus.OVERDUE);
}
