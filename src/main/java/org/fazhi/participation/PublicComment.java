package org.fazhi.participation;

import java.time.Instant;

/**
 * A comment on a consultation, tied to the version it was made on and, where the commenter chose one,
 * to a numbered article of it ({@code articleNo}, null: the draft as a whole); its receipt number;
 * once answered, the disposition and reason; and whether it is withheld from publication
 * (moderation, with the reason). {@code commenterName}, {@code contact} and {@code organisation} are
 * personal data: staff lists mask the contact and the public never sees any of them.
 */
public record PublicComment(Long id, Long consultationId, Long versionId, Integer articleNo, String receiptNo,
        String commenterName, String contact, String organisation, String content, CommentSource source,
        Instant submittedAt, Disposition disposition, String dispositionReason, Instant disposedAt, Long disposedBy,
        boolean withheld, String moderationReason) {

    /** Where a comment came from. */
    public enum CommentSource {
        PORTAL,
        STAFF
    }

    public boolean disposed() {
        return disposition != null;
    }

    /** The comment without who wrote it (name, contact, organisation removed). */
    public PublicComment anonymous() {
        return new PublicComment(id, consultationId, versionId, articleNo, receiptNo, null, null, null, content,
                source, submittedAt, disposition, dispositionReason, disposedAt, disposedBy, withheld,
                moderationReason);
    }

    /** The comment with its contact replaced (e.g. masked for a staff list). */
    public PublicComment withContact(String shown) {
        return new PublicComment(id, consultationId, versionId, articleNo, receiptNo, commenterName, shown,
                organisation, content, source, submittedAt, disposition, dispositionReason, disposedAt, disposedBy,
                withheld, moderationReason);
    }
}
