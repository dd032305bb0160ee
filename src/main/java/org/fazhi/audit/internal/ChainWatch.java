package org.fazhi.audit.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.fazhi.audit.AuditLog;
import org.fazhi.audit.ChainVerification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit chain checked on a schedule, not only when an auditor asks (SECURITY.md DI-02): nightly
 * (Beijing time, {@code fazhi.audit.verify-cron}) the whole chain is verified; a broken chain raises
 * an alert entry (type {@value #ALERT}, action {@value #BROKEN}, outcome FAILURE, naming the first
 * broken entry and the reason) and an ERROR line in the log. An auditor's verification that finds the
 * chain broken raises the same alert.
 */
@Component
public class ChainWatch {

    static final String ALERT = "security-alert";
    static final String BROKEN = "audit-chain-broken";
    private static final Logger log = LoggerFactory.getLogger(ChainWatch.class);

    private final ChainVerifier verifier;
    private final AuditLog audit;
    private final TransactionTemplate tx;

    ChainWatch(ChainVerifier verifier, AuditLog audit, PlatformTransactionManager transactions) {
        this.verifier = verifier;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Scheduled(cron = "${fazhi.audit.verify-cron:0 10 3 * * *}", zone = "${fazhi.zone:Asia/Shanghai}")
    @SchedulerLock(name = "audit-chain-verify", lockAtMostFor = "PT2H")
    void nightly() {
        check();
    }

    /** Verifies the chain and raises the alert if it is broken; returns the verification. */
    public ChainVerification check() {
        ChainVerification v = verifier.verify();
        alertIfBroken(v);
        return v;
    }

    /** Raises the alert for a verification that found the chain broken. */
    public void alertIfBroken(ChainVerification v) {
        if (v.intact()) {
            return;
        }
        log.error("Audit chain broken at entry {} ({}); {} entries checked", v.firstBrokenSeq(), v.reason(),
                v.checked());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("firstBrokenSeq", v.firstBrokenSeq());
        details.put("reason", v.reason());
        details.put("checked", v.checked());
        tx.executeWithoutResult(s -> audit.failure(ALERT, v.firstBrokenSeq(), BROKEN, details));
    }
}
