package org.fazhi.litigation;

/** Who appealed: the defendant unit, or another party. */
public enum Appellant {
    DEFENDANT,
    OTHER_PARTY
}
