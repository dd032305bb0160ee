package org.fazhi.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.fazhi.audit.AuditLog;
import org.fazhi.audit.ChainVerification;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The hash chain detects tampering (SECURITY.md AUD-03), stays whole under concurrent writers, and
 * takes the business change down with it when it cannot be written (AUD-04). Every test that
 * tampers with a row puts it back exactly, so the shared database's chain stays intact.
 */
@FazhiIT
class AuditChainIT {

    @Autowired
    AuditLog audit;
    @Autowired
    ChainVerifier verifier;
    @Autowired
    AuditStore store;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    private long write(String marker) {
        new TransactionTemplate(transactions).executeWithoutResult(
                s -> audit.action("chain-test", marker, "probe", Map.of("marker", marker)));
        return store.head().lastSeq();
    }

    @Test
    void anIntactChainVerifies() {
        write("intact-" + UUID.randomUUID());
        ChainVerification v = verifier.verify();
        assertThat(v.intact()).as("reason %s at %s", v.reason(), v.firstBrokenSeq()).isTrue();
        assertThat(v.checked()).isPositive();
    }

    @Test
    void alteringTheChangesOfOneEntryIsReportedAtExactlyThatEntry() {
        long target = write("alter-changes-" + UUID.randomUUID());
        write("after-" + UUID.randomUUID());
        String original = store.find(target).orElseThrow().changes();
        try {
            jdbc.sql("update audit_event set changes = ? where seq = ?")
                    .params(original.replace("alter-changes", "innocent-edit"), target).update();
            ChainVerification v = verifier.verify();
            assertThat(v.intact()).isFalse();
            assertThat(v.firstBrokenSeq()).isEqualTo(target);
            assertThat(v.reason()).isEqualTo("hash");
        } finally {
            jdbc.sql("update audit_event set changes = ? where seq = ?").params(original, target).update();
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void alteringTheActorOfOneEntryIsReportedAtExactlyThatEntry() {
        long target = write("alter-actor-" + UUID.randomUUID());
        write("after-" + UUID.randomUUID());
        String original = store.find(target).orElseThrow().actorName();
        try {
            jdbc.sql("update audit_event set actor_name = ? where seq = ?").params("someone-else", target).update();
            ChainVerification v = verifier.verify();
            assertThat(v.firstBrokenSeq()).isEqualTo(target);
            assertThat(v.reason()).isEqualTo("hash");
        } finally {
            jdbc.sql("update audit_event set actor_name = ? where seq = ?").params(original, target).update();
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void rehashingAnAlteredEntryBreaksTheLinkOfTheNextOne() {
        long target = write("rehash-" + UUID.randomUUID());
        long next = write("next-" + UUID.randomUUID());
        AuditStore.Row r = store.find(target).orElseThrow();
        String forgedChanges = r.changes().replace("rehash", "forged");
        String forgedHash = ChainHasher.hash(r.prevHash(), r.seq(), r.occurredAt(), r.actorId(), r.actorName(),
                r.actorUnitId(), r.ip(), r.entityType(), r.entityId(), r.action(), r.outcome(), forgedChanges);
        try {
            jdbc.sql("update audit_event set changes = ?, hash = ? where seq = ?")
                    .params(forgedChanges, forgedHash, target).update();
            ChainVerification v = verifier.verify();
            assertThat(v.firstBrokenSeq()).isEqualTo(next);
            assertThat(v.reason()).isEqualTo("link");
        } finally {
            jdbc.sql("update audit_event set changes = ?, hash = ? where seq = ?")
                    .params(r.changes(), r.hash(), target).update();
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void deletingAnEntryIsReportedAtTheMissingSequenceNumber() {
        long target = write("delete-" + UUID.randomUUID());
        write("after-" + UUID.randomUUID());
        AuditStore.Row r = store.find(target).orElseThrow();
        jdbc.sql("delete from audit_event where seq = ?").param(target).update();
        try {
            ChainVerification v = verifier.verify();
            assertThat(v.intact()).isFalse();
            assertThat(v.firstBrokenSeq()).isEqualTo(target);
            assertThat(v.reason()).isEqualTo("missing");
        } finally {
            reinsert(r);
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void deletingTheLastEntryIsReportedAsTruncated() {
        long target = write("tail-" + UUID.randomUUID());
        AuditStore.Row r = store.find(target).orElseThrow();
        jdbc.sql("delete from audit_event where seq = ?").param(target).update();
        try {
            ChainVerification v = verifier.verify();
            assertThat(v.firstBrokenSeq()).isEqualTo(target);
            assertThat(v.reason()).isEqualTo("truncated");
        } finally {
            reinsert(r);
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void concurrentWritersInSeparateTransactionsLeaveOneUnbrokenChainWithoutDuplicates() throws Exception {
        int threads = 8;
        int perThread = 20;
        String run = "concurrent-" + UUID.randomUUID();
        long before = store.head().lastSeq();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            Callable<Void> task = () -> {
                start.await();
                TransactionTemplate tx = new TransactionTemplate(transactions);
                for (int i = 0; i < perThread; i++) {
                    int n = i;
                    tx.executeWithoutResult(s -> audit.action("chain-test", run, "concurrent",
                            Map.of("thread", thread, "n", n)));
                }
                return null;
            };
            futures.add(pool.submit(task));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        List<Long> seqs = jdbc.sql("select seq from audit_event where entity_type = 'chain-test' and entity_id = ?")
                .param(run).query(Long.class).list();
        assertThat(seqs).hasSize(threads * perThread);
        Set<Long> distinct = new HashSet<>(seqs);
        assertThat(distinct).hasSize(threads * perThread);
        assertThat(seqs).allMatch(s -> s > before);
        ChainVerification v = verifier.verify();
        assertThat(v.intact()).as("reason %s at %s", v.reason(), v.firstBrokenSeq()).isTrue();
    }

    @Test
    void whenTheAuditWriteFailsTheBusinessChangeIsRolledBack() {
        String table = "aud04_probe";
        jdbc.sql("create table if not exists " + table + " (id varchar(60) primary key)").update();
        String id = UUID.randomUUID().toString();
        long headBefore = store.head().lastSeq();
        TransactionTemplate tx = new TransactionTemplate(transactions);
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            jdbc.sql("insert into " + table + " (id) values (?)").param(id).update();
            // entity_type is varchar(60): the audit insert fails in the database.
            audit.created("x".repeat(200), id, Map.of("id", id));
        })).isInstanceOf(RuntimeException.class);
        assertThat(jdbc.sql("select count(*) from " + table + " where id = ?").param(id).query(Long.class).single())
                .isZero();
        assertThat(store.head().lastSeq()).isEqualTo(headBefore);
        assertThat(verifier.verify().intact()).isTrue();
    }

    private void reinsert(AuditStore.Row r) {
        jdbc.sql("insert into audit_event (seq, occurred_at, actor_id, actor_name, actor_unit_id, ip, entity_type,"
                + " entity_id, action, outcome, changes, prev_hash, hash) values (?,?,?,?,?,?,?,?,?,?,?,?,?)")
                .params(r.seq(), OffsetDateTime.ofInstant(r.occurredAt(), ZoneOffset.UTC), r.actorId(), r.actorName(),
                        r.actorUnitId(), r.ip(), r.entityType(), r.entityId(), r.action(), r.outcome(), r.changes(),
                        r.prevHash(), r.hash())
                .update();
    }
}
