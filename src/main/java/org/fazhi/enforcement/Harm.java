package org.fazhi.enforcement;

/** The harmful consequences of a violation, as found by the investigation. */
public enum Harm {
    NONE,
    MINOR,
    SERIOUS
}
