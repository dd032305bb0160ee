package org.fazhi.governance;

/** How a unit stands against a yearly target. */
public enum TargetStatus {
    /** 已达标. */
    MET,
    /** Not met yet, with time left before the fourth quarter. */
    ON_TRACK,
    /** 预警: the fourth quarter of the year and the target not met yet. */
    WARNING,
    /** 未达标: the year is over (or the weight set is below the target). */
    MISSED
}
