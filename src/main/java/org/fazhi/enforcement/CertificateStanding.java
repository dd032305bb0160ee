package org.fazhi.enforcement;

/** How a certificate stands on a given day, as the public look-up and the PN-01 gate read it. */
public enum CertificateStanding {
    VALID,
    /** Not yet issued on that day. */
    NOT_YET_VALID,
    EXPIRED,
    SUSPENDED,
    REVOKED,
    /** Auxiliary staff: no certificate. */
    NONE;

    public boolean valid() {
        return this == VALID;
    }
}
