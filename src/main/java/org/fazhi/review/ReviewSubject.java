package org.fazhi.review;

import org.fazhi.shared.SubjectRef;
import org.fazhi.shared.SubjectType;

/**
 * The exact text under review: which record of which module, and which immutable version of its
 * text (id, number and SHA-256), so that a review can never be mistaken for one of another text.
 */
public record ReviewSubject(String module, String subjectType, String subjectId, String title, long versionId,
        int versionNo, String versionSha256, String link) {

    /** The subject of a record whose type its module declares once ({@link SubjectType}). */
    public static ReviewSubject of(SubjectRef ref, String title, long versionId, int versionNo, String versionSha256,
            String link) {
        return new ReviewSubject(ref.type().module(), ref.type().name(), ref.id(), title, versionId, versionNo,
                versionSha256, link);
    }

    /** The record under review. */
    public SubjectRef ref() {
        return new SubjectType(module, subjectType).ref(subjectId);
    }
}
