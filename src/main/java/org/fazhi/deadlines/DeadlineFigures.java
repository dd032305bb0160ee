package org.fazhi.deadlines;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The register read as figures: the deadlines of a unit subtree falling due in a year, with how each
 * ended (met on time, met late, overdue and still open), and today's overdue ones counted by module and
 * unit. The caller passes unit ids already within the reader's data scope.
 */
public interface DeadlineFigures {

    /** A deadline as a figure counts it. {@code overdue}: past due today and not met. */
    record Item(long id, String module, String subjectTitle, String label, String ruleId, Long ownerUnitId,
            LocalDate dueDate, DeadlineStatus status, LocalDate metOn, boolean late, boolean overdue, String link) {

        /** Met on or before its due date. */
        public boolean metOnTime() {
            return status == DeadlineStatus.MET && !late;
        }
    }

    /** Today's overdue deadlines of one module and one owner unit. */
    record OverdueCount(String module, Long ownerUnitId, long count) {
    }

    /** The deadlines of the units due in {@code year} that are not cancelled, due date order. */
    List<Item> dueIn(Set<Long> unitIds, int year);

    /** The deadlines of the units overdue today (past due, not met), grouped by module and unit, most first. */
    List<OverdueCount> overdueByModuleAndUnit(Set<Long> unitIds);

    /** The deadlines of the units falling due from today to {@code until} (inclusive) or overdue, not met. */
    List<Item> needingAttention(Set<Long> unitIds, LocalDate until);
}
