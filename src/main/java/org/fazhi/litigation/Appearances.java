package org.fazhi.litigation;

import java.util.List;

/**
 * The court appearance of the responsible persons in a year, per defendant unit (SD-07): the
 * instances heard in the year, those at which a responsible person (负责人) appeared at least once (one
 * appearance per instance suffices, 法释〔2020〕3号第十一条), and whether the principal leader appeared
 * at least once.
 */
public record Appearances(long unitId, int year, List<UnitAppearance> rows) {

    /** One defendant unit. */
    public record UnitAppearance(long unitId, String unitName, List<Long> heard, List<Long> responsible,
            boolean principalAppeared) {

        /** The rate in percent, or null when no instance was heard. */
        public java.math.BigDecimal rate() {
            return heard.isEmpty() ? null : java.math.BigDecimal.valueOf(responsible.size() * 100L)
                    .divide(java.math.BigDecimal.valueOf(heard.size()), 2, java.math.RoundingMode.HALF_UP);
        }
    }
}
