package org.fazhi.signin.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.stereotype.Component;

/**
 * When a JSON API credential (a token, a password sent with HTTP Basic) was last recorded as used:
 * each is audited and stamped at most once per {@code fazhi.security.api-access.use-audit-period}
 * (SECURITY.md AUD-01), instead of one sign-in entry and one account update per API call. Failures
 * are always audited. Kept in memory: each instance records the first use it sees in a period.
 */
@Component
class CredentialUses {

    private static final int MAX_TRACKED = 100_000;

    private final SecuritySettings settings;
    private final Clock clock;
    private final Map<String, Instant> recorded = new ConcurrentHashMap<>();

    CredentialUses(SecuritySettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** True (and remembered) if {@code credential} was not recorded within the period. */
    boolean firstInPeriod(String credential) {
        Duration period = settings.apiAccess().useAuditPeriod();
        if (period.isZero() || period.isNegative()) {
            return true;
        }
        if (recorded.size() > MAX_TRACKED) {
            recorded.clear();
        }
        Instant now = clock.instant();
        AtomicBoolean first = new AtomicBoolean();
        recorded.compute(credential, (k, last) -> {
            if (last == null || !last.plus(period).isAfter(now) || last.isAfter(now)) {
                first.set(true);
                return now;
            }
            return last;
        });
        return first.get();
    }

    /** Forgets a credential (revoked, or its password changed), so its next use is recorded. */
    void forget(String credential) {
        recorded.remove(credential);
    }
}
