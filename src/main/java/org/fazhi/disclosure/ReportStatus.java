package org.fazhi.disclosure;

/** Where an annual report stands: drafted, submitted for approval, published after a second person approved. */
public enum ReportStatus {
    DRAFT,
    SUBMITTED,
    PUBLISHED
}
