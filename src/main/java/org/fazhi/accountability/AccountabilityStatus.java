package org.fazhi.accountability;

/** OPEN (立案, the AC-01 clock running) → DECIDED (measures taken) or CLEARED (不予追究, with the reason). */
public enum AccountabilityStatus {
    OPEN, DECIDED, CLEARED
}
