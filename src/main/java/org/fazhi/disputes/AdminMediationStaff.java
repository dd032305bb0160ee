package org.fazhi.disputes;

import java.time.LocalDate;

/** A staff member an enforcement department assigns to administrative mediation (行政调解), from a day. */
public record AdminMediationStaff(Long id, Long unitId, String personName, String post, LocalDate appointedOn,
        LocalDate endedOn) {

    public boolean activeOn(LocalDate day) {
        return !appointedOn.isAfter(day) && (endedOn == null || endedOn.isAfter(day));
    }
}
