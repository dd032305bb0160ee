package org.fazhi.audit.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.fazhi.audit.AuditLog;
import org.fazhi.audit.FieldChange;
import org.fazhi.shared.Actor;
import org.fazhi.shared.web.RequestIds;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit log: inserts each entry in the caller's transaction (AUD-04: the change and its entry
 * commit or fail together) without touching any shared row, so that unrelated transactions do not
 * wait for one another; once the transaction has committed, the {@link AuditChainer} links the
 * entry into the keyed chain. Each entry carries the request id (AUD-02).
 */
@Service
@Transactional
class HashChainedAuditLog implements AuditLog {

    private static final int MAX_ID_LENGTH = 100;

    private final AuditStore store;
    private final AuditChainer chainer;
    private final JsonMapper json;
    private final Clock clock;

    HashChainedAuditLog(AuditStore store, AuditChainer chainer, JsonMapper json, Clock clock) {
        this.store = store;
        this.chainer = chainer;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void created(String entityType, Object entityId, Object after) {
        write(entityType, entityId, "create", "SUCCESS", FieldDiff.between(json, null, after));
    }

    @Override
    public void createdAll(String entityType, List<Created> records) {
        if (records.isEmpty()) {
            return;
        }
        Actor actor = Actor.current();
        Instant at = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        String requestId = RequestIds.current();
        List<AuditStore.Entry> entries = new java.util.ArrayList<>(records.size());
        for (Created r : records) {
            String id = r.entityId() == null ? null : truncate(String.valueOf(r.entityId()));
            entries.add(new AuditStore.Entry(0, at, actor.userId(), actor.username(), actor.unitId(), actor.ip(),
                    entityType, id, "create", "SUCCESS",
                    json.writeValueAsString(FieldDiff.between(json, null, r.after())), requestId));
        }
        store.insertAll(entries);
        signalAfterCommit();
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
        Instant at = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        store.insert(new AuditStore.Entry(0, at, actor.userId(), actor.username(), actor.unitId(), actor.ip(),
                entityType, id, action, outcome, json.writeValueAsString(changes), RequestIds.current()));
        signalAfterCommit();
    }

    /** Wakes the chainer once the caller's transaction has committed. */
    private void signalAfterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            chainer.signal();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                chainer.signal();
            }
        });
    }

    private static String truncate(String s) {
        return s.length() > MAX_ID_LENGTH ? s.substring(0, MAX_ID_LENGTH) : s;
    }
}
