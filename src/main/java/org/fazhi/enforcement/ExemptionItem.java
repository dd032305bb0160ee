package org.fazhi.enforcement;

import java.time.LocalDate;

/**
 * An item of a first-offence or minor-offence list: the violation, what the list says, its
 * conditions and legal reference, and the period it is in force.
 */
public record ExemptionItem(Long id, Long unitId, ExemptionList list, String violationCode, String description,
        String conditions, String legalReference, LocalDate effectiveFrom, LocalDate effectiveTo) {

    public boolean inForceOn(LocalDate date) {
        return !effectiveFrom.isAfter(date) && (effectiveTo == null || !effectiveTo.isBefore(date));
    }

    /**
     * Whether the case's findings meet the item's statutory conditions: promptly corrected, and no
     * harm (轻微免罚) or a first violation with at most minor harm (首违不罚).
     */
    public boolean met(boolean firstOffence, Harm harm, boolean corrected) {
        if (!corrected || harm == null) {
            return false;
        }
        return switch (list) {
            case MINOR -> harm == Harm.NONE;
            case FIRST_OFFENCE -> firstOffence && harm != Harm.SERIOUS;
        };
    }
}
