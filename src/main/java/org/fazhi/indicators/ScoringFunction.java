package org.fazhi.indicators;

/** How an indicator turns its value into points. Every function gives full marks at or beyond the target. */
public enum ScoringFunction {
    /** Short of the target: no points. */
    ALL_OR_NOTHING,
    /** Short of the target: the weight in proportion to how far the value got (value / target, or target / value). */
    PROPORTIONAL,
    /** Short of the target: the weight less the stated points for each point (percentage point, day, count) short. */
    DEDUCT_PER_POINT,
    /** Scored by hand with evidence, and reviewed. */
    MANUAL
}
