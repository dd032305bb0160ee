package org.fazhi.review;

import java.util.Optional;

/**
 * Implemented by each module that submits texts for review, so the desk can read the exact version
 * under review (and earlier versions, to compare) without knowing the module's tables. The desk
 * calls it only for a request the actor may see.
 */
public interface ReviewTextSource {

    /** The module name used in {@link ReviewSubject#module()}. */
    String module();

    /** The version {@code versionId} of the subject, if it belongs to it. */
    Optional<ReviewedText> text(String subjectType, String subjectId, long versionId);
}
