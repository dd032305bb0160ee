package org.fazhi.audit.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fazhi.audit.AuditLog;
import org.fazhi.audit.ChainVerification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes audit entries older than the retention (SECURITY.md AUD-05) without losing the chain's
 * verifiability. Only a prefix of the chain is removed: every entry up to the last one before the
 * first entry stamped at or after {@code now − retentionMonths} (calendar months, Beijing time), so
 * nothing newer than the cutoff is ever deleted. The hash of the last purged entry is kept as a
 * checkpoint, the verifier's new genesis, and the purge itself is a chained entry that names that
 * hash, so a forged checkpoint does not verify. A broken chain is never purged: the broken entries
 * are the evidence.
 */
@Component
public class RetentionPurge {

    static final String ENTITY = "audit-chain";
    static final String ACTION = "purge";

    private static final Logger log = LoggerFactory.getLogger(RetentionPurge.class);

    /** What a purge did: {@code purged} entries through {@code throughSeq}, or why it did nothing. */
    public record Result(long purged, Long throughSeq, Instant cutoff, String refusedReason) {
    }

    private final AuditStore store;
    private final ChainVerifier verifier;
    private final AuditLog audit;
    private final AuditSettings settings;
    private final Clock clock;

    RetentionPurge(AuditStore store, ChainVerifier verifier, AuditLog audit, AuditSettings settings, Clock clock) {
        this.store = store;
        this.verifier = verifier;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(cron = "${fazhi.audit.purge-cron:0 40 2 * * *}", zone = "${fazhi.zone:Asia/Shanghai}")
    void nightly() {
        if (settings.purgeEnabled()) {
            Result r = purge();
            if (r.purged() > 0) {
                log.info("Audit retention: {} entries older than {} purged (through seq {})", r.purged(), r.cutoff(),
                        r.throughSeq());
            }
        }
    }

    /** The oldest instant that must be kept. */
    Instant cutoff() {
        int months = Math.max(settings.retentionMonths(), AuditSettings.MIN_RETENTION_MONTHS);
        return ZonedDateTime.now(clock).minusMonths(months).toInstant();
    }

    @Transactional
    public Result purge() {
        Instant cutoff = cutoff();
        ChainVerification v = verifier.verify();
        if (!v.intact()) {
            log.error("Audit retention: chain broken at seq {} ({}); nothing purged", v.firstBrokenSeq(), v.reason());
            audit.failure(ENTITY, null, ACTION, Map.of("reason", "chain-broken", "firstBrokenSeq", v.firstBrokenSeq()));
            return new Result(0, null, cutoff, "chain-broken");
        }
        AuditStore.Head head = store.lockHead();
        long after = store.latestCheckpoint().map(AuditStore.Checkpoint::throughSeq).orElse(0L);
        long through = store.firstSeqAtOrAfter(after, cutoff).map(s -> s - 1).orElse(head.lastSeq());
        if (through <= after) {
            return new Result(0, null, cutoff, null);
        }
        String throughHash = store.find(through).map(AuditStore.Row::hash).orElseThrow();
        long purged = store.deleteThrough(after, through);
        store.insertCheckpoint(new AuditStore.Checkpoint(through, throughHash, purged, cutoff, clock.instant()));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("throughSeq", through);
        details.put("throughSha256", throughHash); // not "...Hash": the log masks fields named like secrets
        details.put("purged", purged);
        details.put("cutoff", cutoff.toString());
        details.put("retentionMonths", settings.retentionMonths());
        audit.action(ENTITY, through, ACTION, details);
        return new Result(purged, through, cutoff, null);
    }
}
