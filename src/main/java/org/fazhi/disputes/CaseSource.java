package org.fazhi.disputes;

/** How a dispute reached the committee: a party applied, screening found it (排查), or it was referred. */
public enum CaseSource {
    APPLICATION,
    SCREENING,
    REFERRAL
}
