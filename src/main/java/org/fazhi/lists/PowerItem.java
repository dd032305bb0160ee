package org.fazhi.lists;

import java.time.LocalDate;
import org.fazhi.shared.SubjectType;

/**
 * A power of the 权责清单 as published: the stable {@code id} of the item (the same in every version
 * of the list that carries it, so a case that exercises it keeps pointing at it), the unit whose list
 * carries it ({@code listUnitId}), the unit that exercises it ({@code unitId}, the 实施主体: the list's
 * unit unless the list names another unit below it), its code, name, type and legal basis as the
 * published version states them, and the period it is in force: from {@code inForceFrom} (the
 * effective date of the first published version of the unbroken run that carries it) until the day
 * before {@code inForceUntil} (the effective date of the next version without it; null while no
 * published version has dropped it).
 */
public record PowerItem(long id, long listId, long listUnitId, long unitId, String code, String name, PowerType type,
        String basisLaw, String basisArticle, LocalDate inForceFrom, LocalDate inForceUntil) {

    /** How other modules (enforcement cases, audit entries) refer to an item of a list. */
    public static final SubjectType SUBJECT = new SubjectType(ItemList.MODULE, "list-item");

    /** Whether the item is in force on {@code date}. */
    public boolean inForceOn(LocalDate date) {
        return inForceFrom != null && !date.isBefore(inForceFrom) && (inForceUntil == null || date.isBefore(inForceUntil));
    }

    /** The legal basis as one line: the law and, where given, the article ("《…》第二十条"). */
    public String legalBasis() {
        if (basisArticle == null || basisArticle.isBlank()) {
            return basisLaw == null ? "" : basisLaw;
        }
        return (basisLaw == null ? "" : basisLaw) + basisArticle;
    }
}
