package org.fazhi.signin.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.fazhi.audit.AuditLog;
import org.fazhi.shared.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Alert entries for intrusion attempts (SECURITY.md INT-03): a burst of failed sign-ins from one
 * address (brute force), a burst of refused requests. Each alert is an audit entry of type
 * {@value #ENTITY} (outcome FAILURE, the address as its id, the action naming the kind) written in
 * a transaction of its own, and a WARN line in the log ({@code fazhi.security.alert}); one per kind
 * and address within {@link #QUIET}, so a flood does not flood the log.
 */
@Component
public class SecurityAlerts {

    public static final String ENTITY = "security-alert";
    static final Duration QUIET = Duration.ofMinutes(10);
    private static final Logger log = LoggerFactory.getLogger("fazhi.security.alert");
    private static final int MAX_TRACKED = 100_000;

    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Map<String, Instant> raised = new ConcurrentHashMap<>();

    SecurityAlerts(AuditLog audit, PlatformTransactionManager transactions, Clock clock) {
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Raises an alert of {@code kind} for {@code ip}, unless one was raised within the quiet period. */
    void raise(String kind, String ip, Map<String, ?> details) {
        Instant now = clock.instant();
        String key = kind + "|" + ip;
        if (raised.size() > MAX_TRACKED) {
            raised.clear();
        }
        Instant last = raised.get(key);
        if (last != null && last.plus(QUIET).isAfter(now) && !last.isAfter(now)) {
            return;
        }
        raised.put(key, now);
        Map<String, Object> d = new LinkedHashMap<>(details);
        d.put("address", ip);
        log.warn("security alert {} from {}: {}", kind, ip, details);
        tx.executeWithoutResult(s -> audit.as(new Actor(null, Actor.SYSTEM_NAME, null, ip), ENTITY, ip, kind, false, d));
    }
}
