package org.fazhi.disclosure;

/** Why a file is on a request: it came with the request, or with the requester's 补正. */
public enum AttachmentKind {
    REQUEST,
    CORRECTION
}
