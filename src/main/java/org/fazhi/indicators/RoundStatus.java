package org.fazhi.indicators;

/** Where a year's assessment stands. */
public enum RoundStatus {
    /** Units assess themselves and the superior reviews; figures are live. */
    OPEN,
    /** Closed: figures and scores as of the closing time, kept when records change later. */
    FROZEN
}
