package org.fazhi.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.fazhi.audit.AuditLog;
import org.fazhi.audit.ChainVerification;
import org.fazhi.support.DatabaseOwner;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The keyed audit chain (SECURITY.md AUD-03, DI-02) detects every kind of tampering with the
 * database, including rows changed and the chain recomputed by someone without the key, and with
 * the key the anchors kept outside the database still catch a rewrite or a truncation. Appends stay
 * one unbroken chain under concurrent writers, and the business change fails with its audit write
 * (AUD-04). Every tampering happens inside a transaction that holds the chainer's lock and is rolled
 * back, so the shared database's chain is never left altered.
 */
@FazhiIT
class AuditChainIT {

    private static final byte[] WRONG_KEY = "an attacker's guess at the key!!".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    AuditLog audit;
    @Autowired
    ChainVerifier verifier;
    @Autowired
    AuditChainer chainer;
    @Autowired
    ChainWatch watch;
    @Autowired
    AuditStore store;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    org.springframework.core.env.Environment env;
    @Autowired
    javax.sql.DataSource dataSource;

    /** Tampering is done as the database's owner would (the application's role may not). */
    private DatabaseOwner owner;

    @org.junit.jupiter.api.BeforeEach
    void owner() {
        owner = DatabaseOwner.of(env, dataSource);
    }

    /** Writes one entry in a transaction of its own, links it, and returns its seq. */
    private long write(String marker) {
        new TransactionTemplate(transactions).executeWithoutResult(
                s -> audit.action("chain-test", marker, "probe", Map.of("marker", marker)));
        chainer.drain();
        return jdbc.sql("select max(seq) from audit_event where entity_type = 'chain-test' and entity_id = ?")
                .param(marker).query(Long.class).single();
    }

    private AuditStore.Row row(long seq) {
        return store.find(seq).orElseThrow();
    }

    /** What the verifier says while {@code tamper} has been applied; everything is rolled back afterwards. */
    private ChainVerification tampered(Consumer<JdbcClient> tamper) {
        ChainVerification v = owner.tx().execute(status -> {
            AuditStore asOwner = new AuditStore(owner.jdbc());
            asOwner.lockChainer("tamper-test");
            tamper.accept(owner.jdbc());
            ChainVerification result = verifier.check(asOwner);
            status.setRollbackOnly();
            return result;
        });
        assertThat(verifier.verify().intact()).as("intact again after the rollback").isTrue();
        return v;
    }

    /** Recomputes the links from {@code fromSeq} to the end with {@code mac}, as someone who rewrites the chain would. */
    private void rechain(JdbcClient db, long fromEventSeq, ChainMac mac, Consumer<AuditStore.Row> edit) {
        long fromChain = row(fromEventSeq).chainSeq();
        AuditStore asOwner = new AuditStore(db);
        List<AuditStore.Link> links = db.sql("select * from audit_chain where chain_seq >= ? order by chain_seq")
                .param(fromChain).query(AuditStore::link).list();
        String prev = links.get(0).prevMac();
        for (AuditStore.Link l : links) {
            if (l.eventSeq() == fromEventSeq) {
                edit.accept(row(l.eventSeq()));
            }
            AuditStore.Row r = asOwner.find(l.eventSeq()).orElseThrow();
            String m = mac.mac(prev, l.chainSeq(), l.eventSeq(), r.occurredAt(), r.actorId(), r.actorName(),
                    r.actorUnitId(), r.ip(), r.entityType(), r.entityId(), r.action(), r.outcome(), r.changes(),
                    r.requestId());
            db.sql("update audit_chain set prev_mac = ?, mac = ? where chain_seq = ?").params(prev, m, l.chainSeq())
                    .update();
            prev = m;
        }
    }

    @Test
    void aRowChangedInTheDatabaseMakesTheNightlyCheckRaiseAnAlert() {
        long target = write("watched-" + UUID.randomUUID());
        write("after-" + UUID.randomUUID());
        AuditStore.Row original = row(target);
        owner.jdbc().sql("update audit_event set actor_name = 'mallory' where seq = ?").param(target).update();
        try {
            ChainVerification v = watch.check();
            assertThat(v.firstBrokenSeq()).isEqualTo(target);
            assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'security-alert'"
                    + " and action = 'audit-chain-broken' and entity_id = ? and outcome = 'FAILURE'")
                    .param(String.valueOf(target)).query(Long.class).single()).isOne();
        } finally {
            owner.jdbc().sql("update audit_event set actor_name = ? where seq = ?").params(original.actorName(), target)
                    .update();
        }
        assertThat(watch.check().intact()).isTrue();
    }

    @Test
    void anIntactChainVerifies() {
        write("intact-" + UUID.randomUUID());
        ChainVerification v = verifier.verify();
        assertThat(v.intact()).as("reason %s at %s", v.reason(), v.firstBrokenSeq()).isTrue();
        assertThat(v.checked()).isPositive();
    }

    @Test
    void everyEntryIsLinkedWithAnHmacSm3MacUnderTheKey() {
        long seq = write("mac-" + UUID.randomUUID());
        AuditStore.Row r = row(seq);
        assertThat(r.chainSeq()).isNotNull();
        assertThat(r.hash()).matches("[0-9a-f]{64}");
        assertThat(r.hash()).isEqualTo(chainer.mac().mac(r.prevHash(), r.chainSeq(), r.seq(), r.occurredAt(),
                r.actorId(), r.actorName(), r.actorUnitId(), r.ip(), r.entityType(), r.entityId(), r.action(),
                r.outcome(), r.changes(), r.requestId()));
        assertThat(new ChainMac(WRONG_KEY).mac(r.prevHash(), r.chainSeq(), r.seq(), r.occurredAt(), r.actorId(),
                r.actorName(), r.actorUnitId(), r.ip(), r.entityType(), r.entityId(), r.action(), r.outcome(),
                r.changes(), r.requestId())).isNotEqualTo(r.hash());
    }

    @Test
    void hmacSm3MatchesItsKnownAnswer() {
        // HMAC-SM3 (RFC 2104 with GB/T 32905 SM3): key "key", message "abc"; the value was cross-checked
        // with OpenSSL 3 (openssl mac -digest SM3 -macopt key:key HMAC).
        assertThat(ChainMac.hmacSm3("key".getBytes(StandardCharsets.US_ASCII), "abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(OPENSSL_HMAC_SM3_KEY_ABC);
    }

    static final String OPENSSL_HMAC_SM3_KEY_ABC = "28e63256e7c5a087b1f073265dc53092163f7b82729735d06f28f10af9d52393";

    @Test
    void alteringTheChangesOfOneEntryIsReportedAtExactlyThatEntry() {
        long target = write("alter-changes-" + UUID.randomUUID());
        write("after-" + UUID.randomUUID());
        ChainVerification v = tampered(db -> db.sql("update audit_event set changes = ? where seq = ?")
                .params(row(target).changes().replace("alter-changes", "innocent-edit"), target).update());
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBrokenSeq()).isEqualTo(target);
        assertThat(v.reason()).isEqualTo("hash");
    }

    @Test
    void alteringTheActorOfOneEntryIsReportedAtExactlyThatEntry() {
        long target = write("alter-actor-" + UUID.randomUUID());
        write("after-" + UUID.randomUUID());
        ChainVerification v = tampered(db -> db.sql("update audit_event set actor_name = ? where seq = ?")
                .params("someone-else", target).update());
        assertThat(v.firstBrokenSeq()).isEqualTo(target);
        assertThat(v.reason()).isEqualTo("hash");
    }

    @Test
    void rowsChangedAndTheChainRecomputedWithoutTheKeyAreReportedAtTheChangedEntry() {
        long target = write("forge-" + UUID.randomUUID());
        write("next-" + UUID.randomUUID());
        write("last-" + UUID.randomUUID());
        ChainVerification v = tampered(db -> rechain(db, target, new ChainMac(WRONG_KEY),
                r -> db.sql("update audit_event set changes = ? where seq = ?")
                        .params(r.changes().replace("forge", "forged"), r.seq()).update()));
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBrokenSeq()).isEqualTo(target);
        assertThat(v.reason()).isEqualTo("hash");
    }

    @Test
    void withTheKeyStolenARewriteBeforeAnAnchorIsStillCaughtByTheAnchor() {
        long target = write("stolen-key-" + UUID.randomUUID());
        long anchoredSeq = write("anchored-" + UUID.randomUUID());
        chainer.anchorNow();
        ChainVerification v = tampered(db -> rechain(db, target, chainer.mac(),
                r -> db.sql("update audit_event set changes = ? where seq = ?")
                        .params(r.changes().replace("stolen-key", "rewritten"), r.seq()).update()));
        assertThat(v.intact()).isFalse();
        assertThat(v.reason()).isEqualTo("anchor");
        assertThat(v.firstBrokenSeq()).isEqualTo(anchoredSeq);
    }

    @Test
    void deletingTheNewestEntriesAndTheirLinksIsCaughtByTheAnchor() {
        write("tail-a-" + UUID.randomUUID());
        long last = write("tail-b-" + UUID.randomUUID());
        chainer.anchorNow();
        long chainSeq = row(last).chainSeq();
        ChainVerification v = tampered(db -> {
            db.sql("delete from audit_event where seq in (select event_seq from audit_chain where chain_seq >= ?)")
                    .param(chainSeq - 1).update();
            db.sql("delete from audit_chain where chain_seq >= ?").param(chainSeq - 1).update();
        });
        assertThat(v.reason()).isEqualTo("truncated");
        assertThat(v.firstBrokenSeq()).isEqualTo(last);
    }

    @Test
    void deletingAnEntryIsReportedAtThatEntry() {
        long target = write("delete-" + UUID.randomUUID());
        write("after-" + UUID.randomUUID());
        ChainVerification v = tampered(db -> db.sql("delete from audit_event where seq = ?").param(target).update());
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBrokenSeq()).isEqualTo(target);
        assertThat(v.reason()).isEqualTo("missing");
    }

    @Test
    void deletingAnEntryWithItsLinkIsReportedAsAGap() {
        long target = write("gap-" + UUID.randomUUID());
        long next = write("after-" + UUID.randomUUID());
        ChainVerification v = tampered(db -> {
            db.sql("delete from audit_chain where event_seq = ?").param(target).update();
            db.sql("delete from audit_event where seq = ?").param(target).update();
        });
        assertThat(v.reason()).isEqualTo("gap");
        assertThat(v.firstBrokenSeq()).isEqualTo(next);
    }

    @Test
    void anEntryWrittenAroundTheAuditLogIsReportedAsUnchained() {
        write("around-" + UUID.randomUUID());
        ChainVerification v = tampered(db -> db.sql("insert into audit_event (occurred_at, actor_name, entity_type,"
                + " entity_id, action, outcome, changes) values (?, 'intruder', 'chain-test', 'forged', 'probe',"
                + " 'SUCCESS', '[]')").param(OffsetDateTime.now(ZoneOffset.UTC)).update());
        assertThat(v.reason()).isEqualTo("unchained");
        assertThat(v.firstBrokenSeq()).isNotNull();
    }

    @Test
    void entriesCommittedButNotYetLinkedWhenTheProcessDiedAreLinkedAtTheNextStart() {
        // an entry committed with its pending marker, as left behind by a crash before the chainer ran
        String marker = "crash-" + UUID.randomUUID();
        long seq = new TransactionTemplate(transactions).execute(s -> store.insert(new AuditStore.Entry(0,
                Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS), null, "system", null, null,
                "chain-test", marker, "probe", "SUCCESS", "[]", null)));
        chainer.drain();
        assertThat(row(seq).chainSeq()).isNotNull();
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void concurrentWritersInSeparateTransactionsLeaveOneUnbrokenChainWithoutDuplicates() throws Exception {
        int threads = 8;
        int perThread = 20;
        String run = "concurrent-" + UUID.randomUUID();
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

        ChainVerification v = verifier.verify();
        assertThat(v.intact()).as("reason %s at %s", v.reason(), v.firstBrokenSeq()).isTrue();
        List<Long> chainSeqs = jdbc.sql("select c.chain_seq from audit_chain c join audit_event e on e.seq = c.event_seq"
                + " where e.entity_type = 'chain-test' and e.entity_id = ?").param(run).query(Long.class).list();
        assertThat(chainSeqs).hasSize(threads * perThread);
        assertThat(new HashSet<>(chainSeqs)).hasSize(threads * perThread);
    }

    @Test
    void anOpenTransactionWithAnAuditEntryDoesNotHoldUpAnotherTransactionsEntry() throws Exception {
        // The probe found every audit write waiting on one lock for the rest of its transaction.
        String run = "no-wait-" + UUID.randomUUID();
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> slow = pool.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(s -> {
                audit.action("chain-test", run, "slow", Map.of("n", 1));
                written.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(written.await(10, TimeUnit.SECONDS)).isTrue();
            long started = System.nanoTime();
            Future<?> quick = pool.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(
                    s -> audit.action("chain-test", run, "quick", Map.of("n", 2))));
            quick.get(5, TimeUnit.SECONDS);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
            chainer.drain();
            assertThat(jdbc.sql("select count(*) from audit_event e join audit_chain c on c.event_seq = e.seq"
                    + " where e.entity_id = ? and e.action = 'quick'").param(run).query(Long.class).single())
                    .as("the quick entry is linked while the slow transaction is still open").isOne();
            release.countDown();
            slow.get(10, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            pool.shutdown();
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void whenTheAuditWriteFailsTheBusinessChangeIsRolledBack() {
        // a row of a table the application writes (the application's role may not create tables)
        String id = "aud04-" + UUID.randomUUID().toString().substring(0, 20);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            jdbc.sql("insert into shedlock (name, lock_until, locked_at, locked_by) values (?, current_timestamp,"
                    + " current_timestamp, 'test')").param(id).update();
            // entity_type is varchar(60): the audit insert fails in the database.
            audit.created("x".repeat(200), id, Map.of("id", id));
        })).isInstanceOf(RuntimeException.class);
        assertThat(jdbc.sql("select count(*) from shedlock where name = ?").param(id).query(Long.class).single())
                .isZero();
        assertThat(verifier.verify().intact()).isTrue();
    }
}
