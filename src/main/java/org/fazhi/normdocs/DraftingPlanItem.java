package org.fazhi.normdocs;

/**
 * An item of the annual drafting plan (制定计划): which unit's plan and year, the document to draft,
 * in whose name (the issuing body), by which drafting unit, in which quarter, and why.
 */
public record DraftingPlanItem(Long id, Long unitId, int year, String title, Long issuingBodyId,
        Long draftingUnitId, Integer plannedQuarter, String basis) {
}
