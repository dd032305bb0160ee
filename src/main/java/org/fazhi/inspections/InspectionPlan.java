package org.fazhi.inspections;

import java.time.LocalDate;
import org.fazhi.shared.SubjectType;

/**
 * A random-inspection plan of an agency for an item: its period and the number of objects to draw;
 * once drawn, the algorithm, seed and the digests of the pools and of the result; once the results
 * are in, when they were published.
 */
public record InspectionPlan(Long id, Long unitId, Long agencyId, Long itemId, String title, int year,
        LocalDate startsOn, LocalDate endsOn, Integer objectCount, PlanStatus status, String algorithm, String seed,
        String objectPoolDigest, String inspectorPoolDigest, String resultDigest, LocalDate drawnOn,
        LocalDate publishedOn, int version) {

    public static final String MODULE = "inspections";

    public static final SubjectType SUBJECT = new SubjectType(MODULE, "inspection-plan");
}
