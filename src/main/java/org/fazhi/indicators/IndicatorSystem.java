package org.fazhi.indicators;

import java.time.Instant;
import org.fazhi.shared.SubjectType;

/**
 * A version of an indicator system: shipped with the platform (read-only; a locality copies it) or a
 * locality's copy for a year, owned by the unit that made it. {@code basedOnId}: the system it was
 * copied from.
 */
public record IndicatorSystem(long id, String code, String name, Integer year, Long basedOnId, Long ownerUnitId,
        String source, boolean shipped, int version, Instant createdAt) {

    public static final String MODULE = "indicators";
    public static final SubjectType SUBJECT = new SubjectType(MODULE, "indicator-system");
}
