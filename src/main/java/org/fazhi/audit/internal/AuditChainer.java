package org.fazhi.audit.internal;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.fazhi.shared.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links committed audit entries into the keyed chain, one chainer at a time (SECURITY.md AUD-03).
 * Entries are written by the business transactions without touching any shared row, so unrelated
 * requests never wait for each other on the audit log; each commit then wakes this chainer, which
 * takes the pending entries in entry order, computes their links under the key and stores them in
 * one transaction with the removal of the pending markers (a lock row keeps a second instance out).
 * An entry committed before a crash is still pending after it and is linked at the next start, so
 * the chain has no gap. The chain's head is anchored outside the database at intervals
 * ({@link AuditAnchors}).
 */
@Component
public class AuditChainer implements SmartLifecycle {

    static final String ENTITY = "audit-chain";
    private static final Logger log = LoggerFactory.getLogger(AuditChainer.class);
    private static final int BATCH = 500;
    private static final long IDLE_MILLIS = 1000;

    private final AuditStore store;
    private final TransactionTemplate tx;
    private final ChainMac mac;
    private final AuditAnchors anchors;
    private final AuditSettings settings;
    private final Clock clock;
    private final String holder;
    private final Semaphore wake = new Semaphore(0);
    private final Object draining = new Object();
    private volatile Thread thread;
    private volatile boolean running;
    private volatile Instant lastAnchorAt;
    private volatile long lastAnchoredSeq = -1;

    AuditChainer(AuditStore store, PlatformTransactionManager transactions, AuditSettings settings, Clock clock) {
        this.store = store;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.settings = settings;
        this.clock = clock;
        boolean empty = store.lastLink().isEmpty() && store.latestCheckpoint().isEmpty();
        this.mac = new ChainMac(AuditKey.load(settings.key(), Path.of(settings.keyFile()), empty, new SecureRandom()));
        this.anchors = new AuditAnchors(Path.of(settings.anchorFile()));
        this.holder = ManagementFactory.getRuntimeMXBean().getName();
    }

    ChainMac mac() {
        return mac;
    }

    AuditAnchors anchors() {
        return anchors;
    }

    /** Wakes the chainer: entries were committed. */
    public void signal() {
        wake.release();
    }

    /**
     * Links every entry committed so far, on the calling thread; returns how many were linked.
     * The verifier calls it first, so that it verifies everything written before it started.
     */
    public int drain() {
        synchronized (draining) {
            int total = 0;
            while (true) {
                Integer n = tx.execute(s -> linkBatch());
                if (n == null || n == 0) {
                    break;
                }
                total += n;
            }
            anchorIfDue();
            return total;
        }
    }

    private int linkBatch() {
        store.lockChainer(holder);
        reportLostPending();
        List<AuditStore.Entry> batch = store.pending(BATCH);
        if (batch.isEmpty()) {
            return 0;
        }
        Optional<AuditStore.Link> last = store.lastLink();
        long seq = last.map(AuditStore.Link::chainSeq)
                .orElseGet(() -> store.latestCheckpoint().map(AuditStore.Checkpoint::throughSeq).orElse(0L));
        String prev = last.map(AuditStore.Link::mac)
                .orElseGet(() -> store.latestCheckpoint().map(AuditStore.Checkpoint::throughHash).orElse(ChainMac.GENESIS));
        Instant now = clock.instant();
        List<AuditStore.Link> links = new java.util.ArrayList<>(batch.size());
        for (AuditStore.Entry e : batch) {
            seq++;
            String m = mac.mac(prev, seq, e);
            links.add(new AuditStore.Link(seq, e.seq(), prev, m));
            prev = m;
        }
        // the batch's links in one statement and its pending markers in another: one chain step
        store.appendLinks(links, now);
        store.removePending(batch.stream().map(AuditStore.Entry::seq).toList());
        return batch.size();
    }

    /**
     * A pending marker whose entry is gone means the entry was deleted in the database before it
     * was linked: the marker is dropped (nothing can be linked) and the loss itself is entered in
     * the log, as evidence.
     */
    private void reportLostPending() {
        for (long lost : store.pendingWithoutEntry()) {
            log.error("Audit entry {} was deleted from the database before it was chained", lost);
            store.removePending(lost);
            store.insert(new AuditStore.Entry(0, clock.instant(), null, Actor.SYSTEM_NAME, null, null, ENTITY,
                    String.valueOf(lost), "entry-deleted", "FAILURE",
                    "[{\"field\":\"seq\",\"before\":" + lost + ",\"after\":null}]", null));
        }
    }

    /** Appends the head to the anchor file if the interval has passed and the chain grew. */
    private void anchorIfDue() {
        Instant now = clock.instant();
        if (lastAnchorAt != null && lastAnchorAt.plus(settings.anchorInterval()).isAfter(now)) {
            return;
        }
        anchorNow();
    }

    /** Appends the current head to the anchor file (if it grew since the last anchor). */
    public void anchorNow() {
        synchronized (draining) {
            Optional<AuditStore.Link> head = store.lastLink();
            lastAnchorAt = clock.instant();
            if (head.isPresent() && head.get().chainSeq() != lastAnchoredSeq) {
                anchors.append(new AuditAnchors.Anchor(head.get().chainSeq(), head.get().eventSeq(), head.get().mac(),
                        lastAnchorAt));
                lastAnchoredSeq = head.get().chainSeq();
            }
        }
    }

    // --- the background thread

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::loop, "audit-chainer");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        while (running) {
            try {
                wake.tryAcquire(IDLE_MILLIS, TimeUnit.MILLISECONDS);
                wake.drainPermits();
                if (running) {
                    drain();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // the database may be briefly unavailable; the entries stay pending and are linked later
                log.warn("Audit chainer: {}", e.toString());
                sleepQuietly();
            }
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(IDLE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        running = false;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
            try {
                t.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            drain();
            anchorNow();
        } catch (RuntimeException e) {
            log.warn("Audit chainer at shutdown: {}", e.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops after the web server (so late requests are linked) and before the data source closes. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }
}
