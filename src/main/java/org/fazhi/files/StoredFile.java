package org.fazhi.files;

import java.time.Instant;

/**
 * One uploaded file: the bytes are identified by {@code sha256}; the rest describes this upload.
 * {@code id} is the internal reference other modules' records keep; {@code key} (128 random bits) is
 * the only name a URL uses.
 */
public record StoredFile(Long id, String sha256, long size, String contentType, String originalName, Long unitId,
        Long uploadedBy, Instant uploadedAt, boolean published, String key) {
}
