package org.fazhi.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.UUID;
import org.fazhi.audit.AuditLog;
import org.fazhi.audit.ChainVerification;
import org.fazhi.support.DatabaseOwner;
import org.fazhi.support.FazhiIT;
import org.fazhi.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Retention (SECURITY.md AUD-05): the purge never deletes an entry newer than now − the configured
 * retention, the retention comes from the settings (a different value moves the boundary), and the
 * chain still verifies afterwards from the checkpoint. A purge is global: it removes every older
 * entry of the shared test database, which no other test relies on.
 */
@FazhiIT
class RetentionPurgeIT {

    @Autowired
    AuditLog audit;
    @Autowired
    AuditStore store;
    @Autowired
    ChainVerifier verifier;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    AuditChainer chainer;
    @Autowired
    AuditOwnerAccess owner;
    @Autowired
    tools.jackson.databind.json.JsonMapper json;
    @Autowired
    org.springframework.core.env.Environment env;
    @Autowired
    javax.sql.DataSource dataSource;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private RetentionPurge purgeKeeping(int months) {
        return new RetentionPurge(verifier, chainer, owner,
                new AuditSettings(months, true, "-", null, "-", "-", java.time.Duration.ofMinutes(5)), json, clock);
    }

    private long writeAt(Instant at, String marker) {
        clock.set(at);
        new TransactionTemplate(transactions).executeWithoutResult(
                s -> audit.action("retention-test", marker, "probe", Map.of("marker", marker)));
        chainer.drain();
        return jdbc.sql("select max(seq) from audit_event where entity_id = ?").param(marker).query(Long.class)
                .single();
    }

    @Test
    void entriesOlderThanTheRetentionArePurgedAndNewerOnesNeverAndTheChainStillVerifies() {
        // Stand after every entry already in the database (a re-run on a kept database included), on a
        // day of the month that months can be added to and taken from exactly.
        Instant latest = jdbc.sql("select max(occurred_at) from audit_event")
                .query((rs, n) -> rs.getObject(1, java.time.OffsetDateTime.class)).optional()
                .map(java.time.OffsetDateTime::toInstant).filter(t -> t.isAfter(Instant.now())).orElse(Instant.now());
        ZonedDateTime start = latest.atZone(TestClock.ZONE).plusDays(1).withHour(10).withMinute(0).withSecond(0)
                .withNano(0);
        while (start.getDayOfMonth() > 28) {
            start = start.plusDays(1);
        }
        Instant cutoff7 = start.plusSeconds(1).toInstant();
        ZonedDateTime run = start.plusSeconds(1).plusMonths(7);
        String marker = "retention-" + UUID.randomUUID();
        long justOutside = writeAt(cutoff7.minusSeconds(1), marker + "-outside");
        long atBoundary = writeAt(cutoff7, marker + "-boundary");
        long justInside = writeAt(cutoff7.plusSeconds(1), marker + "-inside");
        long justOutsideLink = store.find(justOutside).orElseThrow().chainSeq();
        clock.set(run.toInstant());

        // With eight months kept, even the entry just outside seven months stays.
        RetentionPurge.Result eight = purgeKeeping(8).purge();
        assertThat(eight.cutoff()).isEqualTo(run.minusMonths(8).toInstant());
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
        long seq = writeAt(Instant.now(), "forged-" + UUID.randomUUID());
        clock.reset();
        AuditStore.Row row = store.find(seq).orElseThrow();
        DatabaseOwner owner = DatabaseOwner.of(env, dataSource);
        ChainVerification v = owner.tx().execute(s -> {
            AuditStore asOwner = new AuditStore(owner.jdbc());
            asOwner.lockChainer("forged-checkpoint-test");
            owner.jdbc().sql("insert into audit_checkpoint (through_seq, through_hash, purged_count, cutoff, created_at)"
                    + " values (?, ?, 0, current_timestamp, current_timestamp)")
                    .params(row.chainSeq() - 1, row.prevHash()).update();
            ChainVerification result = verifier.check(asOwner);
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
        JdbcClient asOwner = DatabaseOwner.of(env, dataSource).jdbc();
        asOwner.sql("update audit_event set changes = '[]' where seq = ?").param(old).update();
        try {
            clock.set(ZonedDateTime.now(TestClock.ZONE).plusYears(5).toInstant());
            RetentionPurge.Result r = purgeKeeping(6).purge();
            assertThat(r.refusedReason()).isEqualTo("chain-broken");
            assertThat(r.purged()).isZero();
            assertThat(store.find(old)).isPresent();
        } finally {
            asOwner.sql("update audit_event set changes = ? where seq = ?").params(original, old).update();
        }
        assertThat(verifier.verify().intact()).isTrue();
    }
}
