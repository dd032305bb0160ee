package org.fazhi.enforcement;

import java.time.Instant;

/**
 * One piece of the full-process record (全过程记录): the stored file with its SHA-256 and SM3 digests,
 * what it shows, the stage it documents, when and where it was captured, who added it and when.
 * Evidence is never replaced: a correction is a new item that supersedes this one, which stays.
 */
public record EvidenceItem(Long id, Long caseId, Long fileId, String title, EvidenceKind kind, EvidenceStage stage,
        String sha256, String sm3, long size, Instant capturedAt, String capturedPlace, Long actId, Long addedBy,
        Instant addedAt, Long supersedesId, Long supersededBy, String supersedeReason) {

    public boolean current() {
        return supersededBy == null;
    }
}
