package org.fazhi.disputes;

/** What the written reply decided about the request. */
public enum ReplyOutcome {
    SUPPORTED,
    PARTLY_SUPPORTED,
    NOT_SUPPORTED
}
