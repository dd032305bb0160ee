package org.fazhi.review;

/**
 * The exact text under review: which record of which module, and which immutable version of its
 * text (id, number and SHA-256), so that a review can never be mistaken for one of another text.
 */
public record ReviewSubject(String module, String subjectType, String subjectId, String title, long versionId,
        int versionNo, String versionSha256, String link) {
}
