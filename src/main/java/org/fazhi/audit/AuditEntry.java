package org.fazhi.audit;

import java.time.Instant;
import java.util.List;

/**
 * One stored audit entry. {@code requestId} names the request that wrote it (null for scheduled
 * work); {@code chainSeq}, {@code prevHash} and {@code hash} are its link in the keyed chain
 * (HMAC-SM3 macs), null for the moment between its commit and its linking.
 */
public record AuditEntry(long seq, Instant occurredAt, Long actorId, String actorName, Long actorUnitId, String ip,
        String entityType, String entityId, String action, Outcome outcome, List<FieldChange> changes,
        String requestId, Long chainSeq, String prevHash, String hash) {

    public enum Outcome {
        SUCCESS,
        FAILURE
    }

    public AuditEntry {
        changes = List.copyOf(changes);
    }
}
