package org.fazhi.rules;

/** What sets a rule: only a law or an administrative regulation makes it "法定". */
public enum LegalForce {
    /** A law or an administrative regulation (法律、行政法规): 法定. */
    STATUTORY,
    /** A State Council or party policy document, a judicial interpretation, an indicator system: 规定. */
    POLICY,
    /** The locality's own rule or target (本地规定). */
    LOCAL
}
