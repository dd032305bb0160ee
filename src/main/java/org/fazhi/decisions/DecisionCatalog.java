package org.fazhi.decisions;

import java.time.LocalDate;
import org.fazhi.shared.SubjectType;

/**
 * A unit's yearly catalog of major decisions (决策事项目录) as read: whose and which year, where it
 * stands, its current version (1, then one more per amendment), the party committee's approval as
 * recorded (by whom, the reference, the date) and when it was published.
 */
public record DecisionCatalog(Long id, Long unitId, int year, String title, CatalogStatus status, int versionNo,
        String approvedBy, String approvalRef, LocalDate approvedOn, LocalDate publishedOn, int version) {

    /** The module that owns major decisions. */
    public static final String MODULE = "decisions";

    /** How other modules (audit, deadlines) refer to a catalog. */
    public static final SubjectType SUBJECT = new SubjectType(MODULE, "decision-catalog");

    public boolean published() {
        return status == CatalogStatus.PUBLISHED;
    }
}
