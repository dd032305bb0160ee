package org.fazhi.disclosure;

import java.util.Map;

/**
 * Implemented by the modules that know reconsideration and litigation on information disclosure (Table 四):
 * for a unit (as respondent or defendant) and year, the cases of each route by outcome. Routes no module
 * supplies are entered by staff with their source.
 */
public interface DisclosureRemedyFigures {

    /** The routes this module supplies. */
    java.util.Set<RemedyRoute> routes();

    /** For each of {@link #routes()}, the count of cases by outcome. */
    Map<RemedyRoute, Map<RemedyOutcome, Long>> figures(long unitId, int year);
}
