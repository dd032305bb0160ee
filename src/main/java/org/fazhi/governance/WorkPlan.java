package org.fazhi.governance;

import java.time.LocalDate;

/** A work plan of a unit for a year: kind, title, 文号, whether issued and when. */
public record WorkPlan(long id, long unitId, int year, PlanKind kind, String title, String documentNumber,
        PlanStatus status, LocalDate issuedOn) {

    public boolean issued() {
        return status == PlanStatus.ISSUED;
    }
}
