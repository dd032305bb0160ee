package org.fazhi.disclosure;

import java.time.OffsetDateTime;

/** A file a request came with on the portal, or its 补正 (staff read it; the public never). */
public record RequestAttachment(long id, long requestId, long fileId, AttachmentKind kind, String fileName, long size,
        OffsetDateTime createdAt) {
}
