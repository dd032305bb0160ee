package org.fazhi.signin.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fazhi.audit.AuditLog;
import org.fazhi.shared.web.RateLimiter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Every request refused to a signed-in user is audited (SECURITY.md AUD-01: authorization
 * failures): a role or method check that denies (Spring Security's authorization events, for paths
 * and service methods alike), a token outside its scopes, an address outside the administrators'
 * allow-list. The entry (type {@value #ENTITY}, action {@code forbidden}, outcome FAILURE) names the
 * method and path and is written in a transaction of its own, so the refused work's rollback does
 * not take it along. Many refusals from one address within a minute raise an alert (INT-03).
 * Anonymous requests that are simply asked to sign in are not refusals.
 */
@Component
class AccessRefusals {

    static final String ENTITY = "access";
    private static final int MAX_ID = 100;

    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final SecurityAlerts alerts;
    private final RateLimiter burst;

    AccessRefusals(AuditLog audit, PlatformTransactionManager transactions, SecurityAlerts alerts, Clock clock,
            @Value("${fazhi.security.alerts.refusals-per-minute:30}") int refusalsPerMinute) {
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.alerts = alerts;
        this.burst = new RateLimiter(refusalsPerMinute, Duration.ofMinutes(1), clock);
    }

    @EventListener
    void on(AuthorizationDeniedEvent<?> event) {
        Authentication auth = event.getAuthentication().get();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            return;
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            record(attrs.getRequest(), "role", null);
        }
    }

    /** Audits a refused request of the current user. */
    void record(HttpServletRequest request, String reason, String detail) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String id = request.getMethod() + " " + path;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("reason", reason);
        if (detail != null) {
            details.put("detail", detail);
        }
        tx.executeWithoutResult(s -> audit.failure(ENTITY, id.length() > MAX_ID ? id.substring(0, MAX_ID) : id,
                "forbidden", details));
        String ip = request.getRemoteAddr();
        if (ip != null && !burst.tryAcquire(ip)) {
            alerts.raise("refusal-burst", ip, Map.of("perMinute", burst.limit()));
        }
    }
}
