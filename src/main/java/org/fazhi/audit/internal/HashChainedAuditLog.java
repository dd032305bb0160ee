package org.fazhi.audit.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.fazhi.audit.AuditLog;
import org.fazhi.audit.FieldChange;
import org.fazhi.shared.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** The audit log: appends entries to the hash chain in the caller's transaction. */
@Service
@Transactional
class HashChainedAuditLog implements AuditLog {

    private static final int MAX_ID_LENGTH = 100;

    private final AuditStore store;
    private final JsonMapper json;
    private final Clock clock;

    HashChainedAuditLog(AuditStore store, JsonMapper json, Clock clock) {
        this.store = store;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void created(String entityType, Object entityId, Object after) {
        write(entityType, entityId, "create", "SUCCESS", FieldDiff.between(json, null, after));
    }

    @Override
    public void changed(String entityType, Object entityId, Object before, Object after) {
        changed(entityType, entityId, "update", before, after);
    }

    @Override
    public void changed(String entityType, Object entityId, String action, Object before, Object after) {
        write(entityType, entityId, action, "SUCCESS", FieldDiff.between(json, before, after));
    }

    @Override
    public void deleted(String entityType, Object entityId, Object before) {
        write(entityType, entityId, "delete", "SUCCESS", FieldDiff.between(json, before, null));
    }

    @Override
    public void action(String entityType, Object entityId, String action, Map<String, ?> details) {
        write(entityType, entityId, action, "SUCCESS", FieldDiff.between(json, null, details));
    }

    @Override
    public void failure(String entityType, Object entityId, String action, Map<String, ?> details) {
        write(entityType, entityId, action, "FAILURE", FieldDiff.between(json, null, details));
    }

    @Override
    public void as(Actor actor, String entityType, Object entityId, String action, boolean success,
            Map<String, ?> details) {
        write(actor, entityType, entityId, action, success ? "SUCCESS" : "FAILURE",
                FieldDiff.between(json, null, details));
    }

    private void write(String entityType, Object entityId, String action, String outcome, List<FieldChange> changes) {
        write(Actor.current(), entityType, entityId, action, outcome, changes);
    }

    private void write(Actor actor, String entityType, Object entityId, String action, String outcome,
            List<FieldChange> changes) {
        String id = entityId == null ? null : truncate(String.valueOf(entityId));
        String changesJson = json.writeValueAsString(changes);
        AuditStore.Head head = store.lockHead();
        // Stamped under the lock, so that entries are in time order as far as the clock is.
        Instant at = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        long seq = head.lastSeq() + 1;
        String hash = ChainHasher.hash(head.lastHash(), seq, at, actor.userId(), actor.username(), actor.unitId(),
                actor.ip(), entityType, id, action, outcome, changesJson);
        store.append(new AuditStore.Row(seq, at, actor.userId(), actor.username(), actor.unitId(), actor.ip(),
                entityType, id, action, outcome, changesJson, head.lastHash(), hash));
    }

    private static String truncate(String s) {
        return s.length() > MAX_ID_LENGTH ? s.substring(0, MAX_ID_LENGTH) : s;
    }
}
