package org.fazhi.normdocs;

import java.time.Instant;

/**
 * An immutable version of a document's text, with its 起草说明 and 制定依据 as text; {@code sha256}
 * identifies it exactly (the review desk reviews a version, not a document). A revision that
 * answers a 修改后合法 review names that review.
 */
public record DocumentVersion(Long id, Long documentId, int versionNo, String title, String body,
        String draftingNotes, String basis, String sha256, VersionPurpose purpose, Long answersReviewId,
        String changeSummary, Long createdBy, Instant createdAt) {

    /** Why a version was made. */
    public enum VersionPurpose {
        DRAFT,
        AFTER_CONSULTATION,
        AFTER_REVIEW,
        /** Revised after a concluded review, without answering required changes (e.g. after 不合法). */
        REVISED_AFTER_REVIEW,
        AFTER_DELIBERATION,
        IMPORTED
    }
}
