package org.fazhi.enforcement;

/** The status of an officer's certificate as the issuing authority set it (expiry is read from the date). */
public enum OfficerStatus {
    ACTIVE,
    /** 暂扣: may not act until reinstated. */
    SUSPENDED,
    /** 吊销/注销: may never act again on this certificate. */
    REVOKED
}
