package org.fazhi.disputes;

import java.time.LocalDate;

/**
 * A people's mediation committee: the unit it belongs to (its village for a village committee), its
 * kind, name, for an enterprise committee the enterprise's staff count, for an industry committee its
 * sector, when it was set up and, once dissolved, when.
 */
public record MediationOrg(Long id, Long unitId, MediationOrgKind kind, String name, Integer enterpriseStaff,
        String sector, LocalDate establishedOn, LocalDate dissolvedOn) {

    /** Whether the committee exists on {@code day}. */
    public boolean activeOn(LocalDate day) {
        return !establishedOn.isAfter(day) && (dissolvedOn == null || dissolvedOn.isAfter(day));
    }
}
