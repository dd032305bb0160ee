package org.fazhi.reconsideration;

import java.time.Instant;

/** A file of a case; {@code fromPublic}: uploaded by the applicant on the portal. */
public record CaseAttachment(long id, long caseId, long fileId, AttachmentKind kind, boolean fromPublic,
        String fileName, long size, Instant uploadedAt) {
}
