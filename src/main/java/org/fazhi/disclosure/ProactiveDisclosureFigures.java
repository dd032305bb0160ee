package org.fazhi.disclosure;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Implemented by a module that knows some cells of Table 二 (主动公开政府信息情况) of a unit's annual report:
 * normative documents (normdocs), licensing, penalty and coercion decisions (enforcement). A cell no module
 * supplies is entered by staff with its source. Values count the unit's own records of the year.
 */
public interface ProactiveDisclosureFigures {

    /** The cells this module supplies, whatever the figures (the report shows them as computed, even 0). */
    java.util.Set<Table2Cell> cells();

    /** The values of {@link #cells()} for a unit and year. */
    Map<Table2Cell, BigDecimal> figures(long unitId, int year);
}
