package org.fazhi.normdocs;

import java.time.Instant;

/**
 * A file attached to a document (via the file store): its 起草说明, 制定依据, an annex published
 * with the document (公布附件), or another working file. {@code versionId} is the version current
 * when it was attached.
 */
public record DocumentAttachment(Long id, Long documentId, Long versionId, Long fileId, Kind kind, String fileName,
        long size, String contentType, Instant createdAt) {

    /** What the file is. */
    public enum Kind {
        /** 起草说明. */
        DRAFTING_NOTES,
        /** 制定依据. */
        BASIS,
        /** 公布附件: published with the document, readable by the public. */
        ANNEX,
        /** 其他材料 (internal). */
        OTHER;

        public boolean isPublic() {
            return this == ANNEX;
        }
    }
}
