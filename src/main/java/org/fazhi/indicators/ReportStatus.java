package org.fazhi.indicators;

/** Where an annual report stands. */
public enum ReportStatus {
    /** Being drafted: figures refresh, parts are edited. */
    DRAFT,
    /** Reported to the party committee and the superior (AR-01); still unpublished. */
    SUBMITTED,
    /** Made public (AR-02): on the portal with the unit's earlier reports. */
    PUBLISHED
}
