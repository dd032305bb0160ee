package org.fazhi.files;

import java.time.Instant;

/**
 * One uploaded file: the bytes are identified by {@code sha256}; the rest describes this upload.
 * {@code id} is the internal reference other modules' records keep; {@code key} (128 random bits) is
 * the only name a URL uses. {@code label} is its security label (SECURITY.md AC-07; 内部 unless the
 * security administrator set another): an unpublished file is read only with a clearance at or above it.
 */
public record StoredFile(Long id, String sha256, long size, String contentType, String originalName, Long unitId,
        Long uploadedBy, Instant uploadedAt, boolean published, String key,
        org.fazhi.units.SecurityLevel label) {
}
