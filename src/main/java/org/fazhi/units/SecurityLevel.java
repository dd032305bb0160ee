package org.fazhi.units;

/**
 * A security label on a record or file and the clearance of an account (SECURITY.md AC-07, GB/T
 * 22239 8.1.4.2 g): 公开, 内部, 敏感, in rising order. An account reads a labelled record only with a
 * clearance at or above its label.
 */
public enum SecurityLevel {
    /** 公开: may be read by anyone who may otherwise read the record. */
    PUBLIC,
    /** 内部: staff use; the default of every account and record. */
    INTERNAL,
    /** 敏感: only accounts cleared for sensitive records. */
    SENSITIVE;

    /** Whether a clearance of this level reads a record labelled {@code label}. */
    public boolean covers(SecurityLevel label) {
        return label == null || compareTo(label) >= 0;
    }
}
