package org.fazhi.audit.internal;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.fazhi.audit.ChainVerification;
import org.springframework.stereotype.Component;

/** Walks the audit chain from the first entry and reports the first broken link. */
@Component
public class ChainVerifier {

    private final AuditStore store;

    ChainVerifier(AuditStore store) {
        this.store = store;
    }

    public ChainVerification verify() {
        AtomicLong checked = new AtomicLong();
        AtomicReference<String> prev = new AtomicReference<>(ChainHasher.GENESIS);
        AtomicLong expectedSeq = new AtomicLong(1);
        AtomicReference<ChainVerification> broken = new AtomicReference<>();
        store.forEachInOrder(r -> {
            if (broken.get() != null) {
                return;
            }
            checked.incrementAndGet();
            if (r.seq() != expectedSeq.get()) {
                broken.set(new ChainVerification(checked.get(), expectedSeq.get(), "missing"));
                return;
            }
            if (!r.prevHash().equals(prev.get())) {
                broken.set(new ChainVerification(checked.get(), r.seq(), "link"));
                return;
            }
            String recomputed = ChainHasher.hash(r.prevHash(), r.seq(), r.occurredAt(), r.actorId(), r.actorName(),
                    r.actorUnitId(), r.ip(), r.entityType(), r.entityId(), r.action(), r.outcome(), r.changes());
            if (!recomputed.equals(r.hash())) {
                broken.set(new ChainVerification(checked.get(), r.seq(), "hash"));
                return;
            }
            prev.set(r.hash());
            expectedSeq.incrementAndGet();
        });
        if (broken.get() != null) {
            return broken.get();
        }
        AuditStore.Head head = store.head();
        if (head.lastSeq() != expectedSeq.get() - 1 || !head.lastHash().equals(prev.get())) {
            return new ChainVerification(checked.get(), expectedSeq.get(), "truncated");
        }
        return new ChainVerification(checked.get(), null, null);
    }
}
