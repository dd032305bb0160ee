package org.fazhi.units.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.fazhi.audit.AuditLog;
import org.fazhi.shared.Actor;
import org.fazhi.units.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Surplus accounts are disabled (SECURITY.md AC-03): once a day, once per cluster, every enabled
 * staff account that has not signed in for {@code fazhi.security.inactive-account-days} (default 90;
 * counted from its creation when it never signed in) is disabled, its API tokens revoked, and the
 * disabling audited as the system's. A disabled account's console sessions end at their next request
 * (the sign-in module's session filter). Service accounts do not sign in: their tokens last at most 90 days
 * and the security administrator renews them. The last enabled holder of an administrator role is
 * left enabled (each role keeps a holder) and named in an alert entry instead. 0 days switches the
 * job off.
 */
@Component
public class InactiveAccounts {

    private static final Logger log = LoggerFactory.getLogger(InactiveAccounts.class);
    /** The audit entity of an account, as {@code UserAccounts} writes it. */
    static final String ENTITY = "user";
    static final String ACTION = "disable-inactive";
    static final String KEPT = "inactive-last-administrator";

    private final JdbcClient jdbc;
    private final UserStore store;
    private final org.fazhi.units.AccountCredentials credentials;
    private final AuditLog audit;
    private final int inactiveAccountDays;
    private final Clock clock;

    InactiveAccounts(JdbcClient jdbc, UserStore store, org.fazhi.units.AccountCredentials credentials, AuditLog audit,
            @org.springframework.beans.factory.annotation.Value("${fazhi.security.inactive-account-days:90}") int inactiveAccountDays,
            Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.credentials = credentials;
        this.audit = audit;
        this.inactiveAccountDays = inactiveAccountDays;
        this.clock = clock;
    }

    @Scheduled(cron = "${fazhi.security.inactive-account-cron:0 20 1 * * *}", zone = "${fazhi.zone:Asia/Shanghai}")
    @SchedulerLock(name = "units-inactive-accounts", lockAtMostFor = "PT30M")
    void daily() {
        int disabled = disableInactive();
        if (disabled > 0) {
            log.info("{} accounts disabled after {} days without signing in", disabled, inactiveAccountDays);
        }
    }

    /** Disables the accounts idle longer than the setting; returns how many were disabled. */
    @Transactional
    public int disableInactive() {
        int days = inactiveAccountDays;
        if (days <= 0) {
            return 0;
        }
        Instant before = clock.instant().minus(Duration.ofDays(days));
        List<Long> idle = jdbc.sql("select id from app_user where enabled = true and service_account = false"
                + " and coalesce(last_login_at, created_at) < ? order by id")
                .param(java.time.OffsetDateTime.ofInstant(before, java.time.ZoneOffset.UTC)).query(Long.class).list();
        int disabled = 0;
        for (long id : idle) {
            UserAccount a = store.find(id).orElseThrow();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("username", a.username());
            details.put("lastLoginAt", a.lastLoginAt() == null ? null : a.lastLoginAt().toString());
            details.put("inactiveDays", days);
            Role admin = a.adminRole();
            if (admin != null && store.countEnabledWithAdminRole(admin) <= 1) {
                audit.as(Actor.system(), ENTITY, id, KEPT, false, details);
                continue;
            }
            store.updateProfile(id, a.displayName(), a.unitId(), a.staffNo(), a.phone(), false, a.expiresOn());
            audit.as(Actor.system(), ENTITY, id, ACTION, true, details);
            credentials.revokeTokens(id, "disabled");
            disabled++;
        }
        return disabled;
    }
}
