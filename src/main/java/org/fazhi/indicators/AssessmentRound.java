package org.fazhi.indicators;

import java.time.Instant;
import org.fazhi.shared.SubjectType;

/** A year's assessment of the units under {@code unitId} against a system. */
public record AssessmentRound(long id, long systemId, long unitId, int year, RoundStatus status, Instant frozenAt,
        int version) {

    public static final SubjectType SUBJECT = new SubjectType(IndicatorSystem.MODULE, "assessment-round");
}
