package org.fazhi.normdocs;

/**
 * An item of the annual drafting plan (制定计划): what is to be drafted in which year (and quarter),
 * by which drafting unit, to be issued by which listed body, and on what basis. Documents name the
 * item they carry out.
 */
public record PlanItem(Long id, Long unitId, int year, String title, Long issuingBodyId, Long draftingUnitId,
        Integer plannedQuarter, String basis) {
}
