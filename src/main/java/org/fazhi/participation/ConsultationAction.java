package org.fazhi.participation;

/** The staff steps on a consultation that the owning module lets through or refuses. */
public enum ConsultationAction {
    /** Enter a comment received by letter, phone or meeting. */
    ENTER_COMMENT,
    /** Answer a comment (采纳 / 部分采纳 / 不采纳). */
    DISPOSE,
    /** Withhold a comment from publication, or publish it again. */
    MODERATE,
    /** Read a commenter's full contact (audited). */
    REVEAL_CONTACT
}
