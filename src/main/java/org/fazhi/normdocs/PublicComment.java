package org.fazhi.normdocs;

import java.time.Instant;

/**
 * A comment on a draft, tied to the version it was made on, with its receipt number and, once
 * answered, the disposition and reason. {@code contact} is personal data: staff lists mask it and
 * the public never sees it.
 */
public record PublicComment(Long id, Long consultationId, Long documentId, Long versionId, String receiptNo,
        String commenterName, String contact, String organisation, String content, CommentSource source,
        Instant submittedAt, Disposition disposition, String dispositionReason, Instant disposedAt) {

    /** Where a comment came from. */
    public enum CommentSource {
        PORTAL,
        STAFF
    }

    public boolean disposed() {
        return disposition != null;
    }
}
