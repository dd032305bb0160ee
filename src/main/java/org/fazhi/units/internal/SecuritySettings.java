package org.fazhi.units.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The password, lock-out and session rules of ../shared/SECURITY.md (AUTH-02..05, AC-03), with
 * the shipped defaults; every value can be set per deployment under {@code fazhi.security}.
 */
@ConfigurationProperties("fazhi.security")
public record SecuritySettings(Password password, Lockout lockout, IpRateLimit ipRateLimit, Session session,
        int inactiveAccountDays) {

    public record Password(int staffMinLength, int citizenMinLength, int minCharacterClasses, int maxAgeDays,
            int history) {
    }

    public record Lockout(int maxFailures, Duration window, Duration duration) {
    }

    public record IpRateLimit(int maxFailuresPerMinute) {
    }

    public record Session(Duration idleTimeout, Duration absoluteTimeout) {
    }
}
