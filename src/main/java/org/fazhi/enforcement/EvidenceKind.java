package org.fazhi.enforcement;

/** The form of a piece of evidence (文字、音像 records, PN-04). */
public enum EvidenceKind {
    DOCUMENT,
    PHOTO,
    AUDIO,
    VIDEO
}
