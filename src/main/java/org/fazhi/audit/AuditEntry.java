package org.fazhi.audit;

import java.time.Instant;
import java.util.List;

/** One stored audit entry. */
public record AuditEntry(long seq, Instant occurredAt, Long actorId, String actorName, Long actorUnitId, String ip,
        String entityType, String entityId, String action, Outcome outcome, List<FieldChange> changes,
        String prevHash, String hash) {

    public enum Outcome {
        SUCCESS,
        FAILURE
    }

    public AuditEntry {
        changes = List.copyOf(changes);
    }
}
