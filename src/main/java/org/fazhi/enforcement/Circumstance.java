package org.fazhi.enforcement;

/** The circumstance levels of a discretion benchmark (裁量阶次). */
public enum Circumstance {
    /** 轻微. */
    SLIGHT,
    /** 一般. */
    GENERAL,
    /** 较重. */
    SERIOUS,
    /** 严重. */
    GRAVE
}
