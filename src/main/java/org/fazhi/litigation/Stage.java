package org.fazhi.litigation;

/** 审级. */
public enum Stage {
    FIRST_INSTANCE,
    SECOND_INSTANCE,
    RETRIAL;

    /** A judgment of this instance may be appealed (only the first instance's). */
    public boolean appealable() {
        return this == FIRST_INSTANCE;
    }
}
