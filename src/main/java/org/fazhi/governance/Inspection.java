package org.fazhi.governance;

import java.time.LocalDate;

/**
 * An inspection: the unit that organised it, the unit inspected (the same for a self-inspection), the
 * kind, the half of the year a self-inspection covers, the date, who inspected and the summary.
 */
public record Inspection(long id, long unitId, long inspectedUnitId, InspectionKind kind, Integer half,
        LocalDate inspectedOn, String inspector, String summary) {
}
