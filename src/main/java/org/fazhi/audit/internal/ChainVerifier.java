package org.fazhi.audit.internal;

import java.util.Optional;
import org.fazhi.audit.ChainVerification;
import org.springframework.stereotype.Component;

/**
 * Walks the audit chain and reports the first broken link: an entry whose stored hash does not
 * match its content ("hash"), whose link does not match the previous entry ("link"), a missing
 * sequence number ("missing"), entries missing at the end or a head that does not match the last
 * entry ("truncated", "head"), or a retention checkpoint that no chained purge entry confirms
 * ("checkpoint"). The walk starts after the latest checkpoint and stops at the head read first,
 * so entries appended while it runs neither disturb nor extend it.
 */
@Component
public class ChainVerifier {

    /** The walk's state; plain fields, the walk runs on one thread. */
    private static final class Walk {
        long expectedSeq;
        String prev;
        long checked;
        ChainVerification broken;

        Walk(long expectedSeq, String prev) {
            this.expectedSeq = expectedSeq;
            this.prev = prev;
        }
    }

    private final AuditStore store;

    ChainVerifier(AuditStore store) {
        this.store = store;
    }

    public ChainVerification verify() {
        AuditStore.Head head = store.head();
        Optional<AuditStore.Checkpoint> checkpoint = store.latestCheckpoint();
        long start = checkpoint.map(AuditStore.Checkpoint::throughSeq).orElse(0L);
        Walk w = new Walk(start + 1, checkpoint.map(AuditStore.Checkpoint::throughHash).orElse(ChainHasher.GENESIS));
        store.forEachInOrder(start, head.lastSeq(), r -> step(w, r));
        if (w.broken != null) {
            return w.broken;
        }
        if (w.expectedSeq - 1 != head.lastSeq()) {
            return new ChainVerification(w.checked, w.expectedSeq, "truncated");
        }
        if (!head.lastHash().equals(w.prev)) {
            return new ChainVerification(w.checked, head.lastSeq(), "head");
        }
        if (checkpoint.isPresent() && !confirmed(checkpoint.get())) {
            return new ChainVerification(w.checked, start + 1, "checkpoint");
        }
        return new ChainVerification(w.checked, null, null);
    }

    private static void step(Walk w, AuditStore.Row r) {
        if (w.broken != null) {
            return;
        }
        w.checked++;
        if (r.seq() != w.expectedSeq) {
            w.broken = new ChainVerification(w.checked, w.expectedSeq, "missing");
            return;
        }
        if (!r.prevHash().equals(w.prev)) {
            w.broken = new ChainVerification(w.checked, r.seq(), "link");
            return;
        }
        String recomputed = ChainHasher.hash(r.prevHash(), r.seq(), r.occurredAt(), r.actorId(), r.actorName(),
                r.actorUnitId(), r.ip(), r.entityType(), r.entityId(), r.action(), r.outcome(), r.changes());
        if (!recomputed.equals(r.hash())) {
            w.broken = new ChainVerification(w.checked, r.seq(), "hash");
            return;
        }
        w.prev = r.hash();
        w.expectedSeq++;
    }

    /** A checkpoint counts only if the purge that made it is itself an entry of the chain. */
    private boolean confirmed(AuditStore.Checkpoint cp) {
        return store.purgeEntry(cp.throughSeq())
                .filter(e -> e.changes().contains(cp.throughHash()))
                .isPresent();
    }
}
