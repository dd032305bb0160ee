package org.fazhi.decisions;

import java.time.Instant;

/**
 * An immutable version of the draft decision (决策草案) with its explanation (起草说明), the round it
 * belongs to, its SHA-256 (the review desk, the consultation and the meeting name this exact text), a
 * note of what changed, and who made it when.
 */
public record DecisionVersion(Long id, Long decisionId, int versionNo, int roundNo, String title, String body,
        String explanation, String sha256, String note, Long createdBy, Instant createdAt) {
}
