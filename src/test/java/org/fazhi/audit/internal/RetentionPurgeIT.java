package org.fazhi.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fazhi.audit.AuditLog;
import org.fazhi.audit.ChainVerification;
import org.fazhi.support.FazhiIT;
import org.fazhi.support.IsolatedDatabase;
import org.fazhi.support.TestClock;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Retention (SECURITY.md AUD-05): the purge never deletes an entry newer than now − the configured
 * retention, the retention comes from the settings (a different value moves the boundary), and the
 * chain still verifies afterwards from the checkpoint. A purge is global (it removes every older
 * entry), so these tests run on a database of their own, migrated like the test database, with the
 * audit log, chainer, verifier and purge built on it: the shared test database's audit log, which
 * other tests read day by day, is never purged.
 */
@FazhiIT
class RetentionPurgeIT {

    @Autowired
    TestClock clock;
    @Autowired
    tools.jackson.databind.json.JsonMapper json;
    @Autowired
    org.springframework.core.env.Environment env;
    @Autowired
    List<JavaMigration> javaMigrations;
    @TempDir
    Path keys;

    IsolatedDatabase db;
    AuditStore store;
    AuditChainer chainer;
    ChainVerifier verifier;
    AuditOwnerAccess owner;
    AuditLog audit;
    JdbcClient jdbc;

    @BeforeEach
    void ownDatabase() {
        db = IsolatedDatabase.create(env, javaMigrations);
        jdbc = db.jdbc();
        store = new AuditStore(jdbc);
        chainer = new AuditChainer(store, db.transactions(), settingsKeeping(12), clock);
        verifier = new ChainVerifier(store, chainer);
        owner = new AuditOwnerAccess(db.dataSource(), db.transactions(), "", "", "", "", "");
        audit = new HashChainedAuditLog(store, chainer, json, clock);
    }

    @AfterEach
    void reset() {
        clock.reset();
        db.close();
    }

    private AuditSettings settingsKeeping(int months) {
        return new AuditSettings(months, true, "-", null, keys.resolve("chain.key").toString(),
                keys.resolve("anchors.log").toString(), java.time.Duration.ofMinutes(5));
    }

    private RetentionPurge purgeKeeping(int months) {
        return new RetentionPurge(verifier, chainer, owner, settingsKeeping(months), json, clock);
    }

    private long writeAt(Instant at, String marker) {
        clock.set(at);
        new TransactionTemplate(db.transactions()).executeWithoutResult(
                s -> audit.action("retention-test", marker, "probe", Map.of("marker", marker)));
        chainer.drain();
        return jdbc.sql("select max(seq) from audit_event where entity_id = ?").param(marker).query(Long.class)
                .single();
    }

    @Test
    void entriesOlderThanTheRetentionArePurgedAndNewerOnesNeverAndTheChainStillVerifies() {
        // An older entry, then three around the seven-month boundary, on a day of the month that months
        // can be added to and taken from exactly.
        ZonedDateTime start = ZonedDateTime.of(2031, 3, 10, 10, 0, 0, 0, TestClock.ZONE);
        Instant cutoff7 = start.plusSeconds(1).toInstant();
        ZonedDateTime run = start.plusSeconds(1).plusMonths(7);
        String marker = "retention-" + UUID.randomUUID();
        long older = writeAt(start.minusMonths(2).toInstant(), marker + "-older");
        long justOutside = writeAt(cutoff7.minusSeconds(1), marker + "-outside");
        long atBoundary = writeAt(cutoff7, marker + "-boundary");
        long justInside = writeAt(cutoff7.plusSeconds(1), marker + "-inside");
        long justOutsideLink = store.find(justOutside).orElseThrow().chainSeq();
        clock.set(run.toInstant());

        // With eight months kept, only the entry older than eight months goes.
        RetentionPurge.Result eight = purgeKeeping(8).purge();
        assertThat(eight.cutoff()).isEqualTo(run.minusMonths(8).toInstant());
        assertThat(eight.purged()).isEqualTo(1);
        assertThat(store.find(older)).isEmpty();
        assertThat(store.find(justOutside)).isPresent();

        RetentionPurge.Result seven = purgeKeeping(7).purge();
        assertThat(seven.refusedReason()).isNull();
        assertThat(seven.cutoff()).isEqualTo(cutoff7);
        assertThat(seven.throughSeq()).isEqualTo(justOutsideLink);
        assertThat(store.find(justOutside)).isEmpty();
        assertThat(store.find(atBoundary)).isPresent();
        assertThat(store.find(justInside)).isPresent();
        assertThat(jdbc.sql("select count(*) from audit_event where seq <= ?").param(justOutside).query(Long.class)
                .single()).isZero();

        ChainVerification v = verifier.verify();
        assertThat(v.intact()).as("reason %s at %s", v.reason(), v.firstBrokenSeq()).isTrue();
        AuditStore.Row purgeEntry = store.purgeEntry(justOutsideLink).orElseThrow();
        assertThat(purgeEntry.changes()).contains(store.find(atBoundary).orElseThrow().prevHash());

        // Nothing more to purge at the same time: idempotent.
        assertThat(purgeKeeping(7).purge().purged()).isZero();
    }

    @Test
    void theRetentionCannotGoBelowSixMonthsEvenIfConfiguredSo() {
        clock.set(ZonedDateTime.of(2030, 8, 31, 10, 0, 0, 0, TestClock.ZONE).toInstant());
        assertThat(purgeKeeping(1).cutoff())
                .isEqualTo(ZonedDateTime.of(2030, 2, 28, 10, 0, 0, 0, TestClock.ZONE).toInstant());
    }

    @Test
    void aForgedCheckpointWithoutAChainedPurgeEntryDoesNotVerify() {
        writeAt(Instant.now().minusSeconds(60), "first-" + UUID.randomUUID());
        long seq = writeAt(Instant.now(), "forged-" + UUID.randomUUID());
        clock.reset();
        AuditStore.Row row = store.find(seq).orElseThrow();
        ChainVerification v = new TransactionTemplate(db.transactions()).execute(s -> {
            store.lockChainer("forged-checkpoint-test");
            jdbc.sql("insert into audit_checkpoint (through_seq, through_hash, purged_count, cutoff, created_at)"
                    + " values (?, ?, 0, current_timestamp, current_timestamp)")
                    .params(row.chainSeq() - 1, row.prevHash()).update();
            ChainVerification result = verifier.check(store);
            s.setRollbackOnly();
            return result;
        });
        assertThat(v.intact()).isFalse();
        assertThat(v.reason()).isEqualTo("checkpoint");
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void aBrokenChainIsNeverPurged() {
        String marker = "broken-" + UUID.randomUUID();
        long old = writeAt(Instant.now().minusSeconds(3600), marker);
        writeAt(Instant.now(), marker + "-next");
        String original = store.find(old).orElseThrow().changes();
        jdbc.sql("update audit_event set changes = '[]' where seq = ?").param(old).update();
        clock.set(ZonedDateTime.now(TestClock.ZONE).plusYears(5).toInstant());
        RetentionPurge.Result r = purgeKeeping(6).purge();
        assertThat(r.refusedReason()).isEqualTo("chain-broken");
        assertThat(r.purged()).isZero();
        assertThat(store.find(old)).isPresent();
        jdbc.sql("update audit_event set changes = ? where seq = ?").params(original, old).update();
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void theSharedTestDatabaseIsNotTouched() {
        long sharedEntries = sharedJdbc.sql("select count(*) from audit_event").query(Long.class).single();
        long sharedCheckpoints = sharedJdbc.sql("select count(*) from audit_checkpoint").query(Long.class).single();
        writeAt(Instant.now(), "isolated-" + UUID.randomUUID());
        clock.set(ZonedDateTime.now(TestClock.ZONE).plusYears(5).toInstant());
        assertThat(purgeKeeping(6).purge().purged()).isPositive();
        assertThat(sharedJdbc.sql("select count(*) from audit_checkpoint").query(Long.class).single())
                .isEqualTo(sharedCheckpoints);
        assertThat(sharedJdbc.sql("select count(*) from audit_event").query(Long.class).single())
                .isGreaterThanOrEqualTo(sharedEntries);
    }

    @Autowired
    JdbcClient sharedJdbc;
}
