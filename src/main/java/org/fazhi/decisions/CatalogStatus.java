package org.fazhi.decisions;

/** Where a yearly decision catalog stands (MD-01: 经同级党委同意后向社会公布). */
public enum CatalogStatus {
    /** Being compiled: items are added, changed and removed freely. */
    DRAFTING,
    /** The party committee at the same level has approved it (recorded); not yet public. */
    APPROVED,
    /** Published; changed only by a recorded amendment, which makes a new version. */
    PUBLISHED
}
