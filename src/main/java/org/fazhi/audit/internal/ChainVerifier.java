package org.fazhi.audit.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.fazhi.audit.ChainVerification;
import org.springframework.stereotype.Component;

/**
 * Verifies the keyed audit chain (SECURITY.md AUD-03) and reports the first problem, naming the
 * entry (its {@code seq}) where it can:
 * <ul>
 * <li>{@code hash}: an entry's content does not match its link's mac under the key (changed, or
 * re-chained by someone without the key);</li>
 * <li>{@code link}: a link does not follow the one before it;</li>
 * <li>{@code gap}: links are missing in the middle of the chain (deleted);</li>
 * <li>{@code missing}: a linked entry is gone;</li>
 * <li>{@code unchained}: an entry that is neither linked nor waiting to be (written behind the
 * log's back);</li>
 * <li>{@code anchor}: the chain differs from a head anchored outside the database;
 * {@code truncated}: the chain ends before the last anchor; {@code anchors}: the anchor file
 * cannot be read;</li>
 * <li>{@code checkpoint}: a retention checkpoint that no linked purge entry confirms.</li>
 * </ul>
 * Everything committed before the verification is linked first; the walk starts after the latest
 * checkpoint and stops at the head read then, so entries appended meanwhile do not disturb it.
 */
@Component
public class ChainVerifier {

    /** The walk's state; plain fields, the walk runs on one thread. */
    private static final class Walk {
        long expectedChainSeq;
        String prev;
        long checked;
        ChainVerification broken;
        final Map<Long, AuditStore.Link> anchored = new HashMap<>();

        Walk(long expectedChainSeq, String prev) {
            this.expectedChainSeq = expectedChainSeq;
            this.prev = prev;
        }
    }

    private final AuditStore store;
    private final AuditChainer chainer;

    ChainVerifier(AuditStore store, AuditChainer chainer) {
        this.store = store;
        this.chainer = chainer;
    }

    public ChainVerification verify() {
        chainer.drain();
        return check(store);
    }

    /** The walk alone over {@code store}, without linking what is pending first (in the caller's transaction). */
    ChainVerification check(AuditStore store) {
        Optional<AuditStore.Checkpoint> checkpoint = store.latestCheckpoint();
        long start = checkpoint.map(AuditStore.Checkpoint::throughSeq).orElse(0L);
        long head = store.lastLink().map(AuditStore.Link::chainSeq).orElse(start);
        AuditAnchors.Read anchors = chainer.anchors().read();
        Walk w = new Walk(start + 1, checkpoint.map(AuditStore.Checkpoint::throughHash).orElse(ChainMac.GENESIS));
        anchors.anchors().forEach(a -> w.anchored.put(a.chainSeq(), null));
        ChainMac mac = chainer.mac();
        store.forEachLink(start, head, le -> step(w, le, mac));
        if (w.broken != null) {
            return w.broken;
        }
        if (w.expectedChainSeq - 1 != head) {
            return new ChainVerification(w.checked, w.expectedChainSeq, "gap");
        }
        for (AuditAnchors.Anchor a : anchors.anchors()) {
            if (a.chainSeq() <= start) {
                continue;
            }
            if (a.chainSeq() > head) {
                return new ChainVerification(w.checked, a.eventSeq(), "truncated");
            }
            AuditStore.Link link = w.anchored.get(a.chainSeq());
            if (link == null || !link.mac().equals(a.mac()) || link.eventSeq() != a.eventSeq()) {
                return new ChainVerification(w.checked, a.eventSeq(), "anchor");
            }
        }
        if (anchors.badLine() != null) {
            return new ChainVerification(w.checked, 0L, "anchors");
        }
        Optional<Long> unchained = store.firstUnchained();
        if (unchained.isPresent()) {
            return new ChainVerification(w.checked, unchained.get(), "unchained");
        }
        if (checkpoint.isPresent() && !confirmed(store, checkpoint.get())) {
            return new ChainVerification(w.checked, start + 1, "checkpoint");
        }
        return new ChainVerification(w.checked, null, null);
    }

    private static void step(Walk w, AuditStore.LinkedEntry le, ChainMac mac) {
        if (w.broken != null) {
            return;
        }
        AuditStore.Link link = le.link();
        w.checked++;
        if (w.anchored.containsKey(link.chainSeq())) {
            w.anchored.put(link.chainSeq(), link);
        }
        if (link.chainSeq() != w.expectedChainSeq) {
            w.broken = new ChainVerification(w.checked, link.eventSeq(), "gap");
            return;
        }
        if (le.entry() == null) {
            w.broken = new ChainVerification(w.checked, link.eventSeq(), "missing");
            return;
        }
        if (!link.prevMac().equals(w.prev)) {
            w.broken = new ChainVerification(w.checked, link.eventSeq(), "link");
            return;
        }
        if (!mac.mac(link.prevMac(), link.chainSeq(), le.entry()).equals(link.mac())) {
            w.broken = new ChainVerification(w.checked, link.eventSeq(), "hash");
            return;
        }
        w.prev = link.mac();
        w.expectedChainSeq++;
    }

    /** A checkpoint counts only if the purge that made it is itself a linked entry naming its mac. */
    private static boolean confirmed(AuditStore store, AuditStore.Checkpoint cp) {
        return store.purgeEntry(cp.throughSeq())
                .filter(e -> e.changes().contains(cp.throughHash()))
                .isPresent();
    }
}
