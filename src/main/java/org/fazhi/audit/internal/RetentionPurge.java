package org.fazhi.audit.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.fazhi.audit.ChainVerification;
import org.fazhi.shared.Actor;
import org.fazhi.shared.web.RequestIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Deletes audit entries older than the retention (SECURITY.md AUD-05) without losing the chain's
 * verifiability. Only a prefix of the chain is removed: every link (and its entry) up to the last
 * one before the first link whose entry is stamped at or after {@code now − retentionMonths}
 * (calendar months, Beijing time), so nothing newer than the cutoff is ever deleted. The mac of the
 * last purged link is kept as a checkpoint, the verifier's new genesis, and the purge itself is an
 * entry of the chain naming that mac, written in the same transaction, so a forged checkpoint does
 * not verify. A broken chain is never purged: the broken entries are the evidence. The deletion runs
 * with the schema owner's rights ({@link AuditOwnerAccess}): the application's own database role
 * may not delete audit entries (AUD-03).
 */
@Component
public class RetentionPurge {

    static final String ENTITY = "audit-chain";
    static final String ACTION = "purge";

    private static final Logger log = LoggerFactory.getLogger(RetentionPurge.class);

    /** What a purge did: {@code purged} entries through link {@code throughSeq}, or why it did nothing. */
    public record Result(long purged, Long throughSeq, Instant cutoff, String refusedReason) {
    }

    private final ChainVerifier verifier;
    private final AuditChainer chainer;
    private final AuditOwnerAccess owner;
    private final AuditSettings settings;
    private final JsonMapper json;
    private final Clock clock;

    RetentionPurge(ChainVerifier verifier, AuditChainer chainer, AuditOwnerAccess owner, AuditSettings settings,
            JsonMapper json, Clock clock) {
        this.verifier = verifier;
        this.chainer = chainer;
        this.owner = owner;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
    }

    @Scheduled(cron = "${fazhi.audit.purge-cron:0 40 2 * * *}", zone = "${fazhi.zone:Asia/Shanghai}")
    @SchedulerLock(name = "audit-retention-purge", lockAtMostFor = "PT2H")
    void nightly() {
        if (settings.purgeEnabled()) {
            Result r = purge();
            if (r.purged() > 0) {
                log.info("Audit retention: {} entries older than {} purged (through link {})", r.purged(), r.cutoff(),
                        r.throughSeq());
            }
        }
    }

    /** The oldest instant that must be kept. */
    Instant cutoff() {
        int months = Math.max(settings.retentionMonths(), AuditSettings.MIN_RETENTION_MONTHS);
        return ZonedDateTime.now(clock).minusMonths(months).toInstant();
    }

    public Result purge() {
        Instant cutoff = cutoff();
        ChainVerification v = verifier.verify();
        if (!v.intact()) {
            log.error("Audit retention: chain broken at seq {} ({}); nothing purged", v.firstBrokenSeq(), v.reason());
            owner.inTransaction(store -> {
                write(store, null, Map.of("reason", "chain-broken", "firstBrokenSeq", v.firstBrokenSeq()), false);
                return null;
            });
            chainer.signal();
            return new Result(0, null, cutoff, "chain-broken");
        }
        Result result = owner.inTransaction(store -> {
            store.lockChainer("retention-purge");
            long after = store.latestCheckpoint().map(AuditStore.Checkpoint::throughSeq).orElse(0L);
            Long last = store.lastLink().map(AuditStore.Link::chainSeq).orElse(after);
            long through = store.firstChainSeqAtOrAfter(after, cutoff).map(s -> s - 1).orElse(last);
            if (through <= after) {
                return new Result(0, null, cutoff, null);
            }
            String throughMac = store.link(through).map(AuditStore.Link::mac).orElseThrow();
            long purged = store.deleteThrough(after, through);
            store.insertCheckpoint(new AuditStore.Checkpoint(through, throughMac, purged, cutoff, clock.instant()));
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("throughSeq", through);
            details.put("throughSha256", throughMac); // not "...Hash": the log masks fields named like secrets
            details.put("purged", purged);
            details.put("cutoff", cutoff.toString());
            details.put("retentionMonths", settings.retentionMonths());
            write(store, through, details, true);
            return new Result(purged, through, cutoff, null);
        });
        chainer.signal();
        return result;
    }

    private void write(AuditStore store, Long through, Map<String, Object> details, boolean success) {
        Actor actor = Actor.current();
        store.insert(new AuditStore.Entry(0, clock.instant().truncatedTo(ChronoUnit.MILLIS), actor.userId(),
                actor.username(), actor.unitId(), actor.ip(), ENTITY, through == null ? null : String.valueOf(through),
                ACTION, success ? "SUCCESS" : "FAILURE", json.writeValueAsString(FieldDiff.between(json, null, details)),
                RequestIds.current()));
    }
}
