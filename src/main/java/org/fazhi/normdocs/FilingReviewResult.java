package org.fazhi.normdocs;

/** What the body a document was filed with found in its filing review (备案审查). */
public enum FilingReviewResult {
    /** 审查通过: nothing to correct. */
    PASSED,
    /** 要求纠正: the issuing body corrects the document within LC-05 and reports back. */
    CORRECTION_REQUESTED
}
