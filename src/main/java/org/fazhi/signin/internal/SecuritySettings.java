package org.fazhi.signin.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The password, lock-out, session and second-factor rules of ../shared/SECURITY.md (AUTH-02..05,
 * AUTH-07, AC-03), with the shipped defaults; every value can be set per deployment under
 * {@code fazhi.security}.
 */
@ConfigurationProperties("fazhi.security")
public record SecuritySettings(Password password, Lockout lockout, IpRateLimit ipRateLimit, Session session,
        int inactiveAccountDays, SecondFactor secondFactor, ApiAccess apiAccess, AdminAccess adminAccess,
        boolean hstsAlways) {

    /** Without a second-factor setting it is required of everyone; API access has its defaults. */
    public SecuritySettings {
        if (secondFactor == null || secondFactor.requiredFor() == null) {
            secondFactor = new SecondFactor(SecondFactor.RequiredFor.ALL);
        }
        if (apiAccess == null) {
            apiAccess = new ApiAccess(null, null, null, null);
        }
        if (adminAccess == null) {
            adminAccess = new AdminAccess(java.util.List.of());
        }
    }

    /**
     * Where the three administrators may work from (INT-04): their requests are refused unless the
     * client address lies in one of {@code allowedCidrs}; empty (the default) allows every address.
     */
    public record AdminAccess(java.util.List<String> allowedCidrs) {

        public AdminAccess {
            allowedCidrs = allowedCidrs == null ? java.util.List.of() : java.util.List.copyOf(allowedCidrs);
        }
    }

    /**
     * The JSON API's credentials (AUTH-07, AUD-01). {@code useAuditPeriod}: a token or a service
     * account's password is audited (and its last use stamped) at most once per period; 0 audits every
     * call. Personal tokens live {@code tokenValidity} unless asked otherwise, at most
     * {@code tokenMaxValidity}; service accounts' tokens at most {@code serviceTokenMaxValidity}.
     */
    public record ApiAccess(Duration useAuditPeriod, Duration tokenValidity, Duration tokenMaxValidity,
            Duration serviceTokenMaxValidity) {

        public ApiAccess {
            useAuditPeriod = useAuditPeriod == null ? Duration.ofMinutes(15) : useAuditPeriod;
            tokenValidity = tokenValidity == null ? Duration.ofHours(8) : tokenValidity;
            tokenMaxValidity = tokenMaxValidity == null ? Duration.ofDays(30) : tokenMaxValidity;
            serviceTokenMaxValidity = serviceTokenMaxValidity == null ? Duration.ofDays(90) : serviceTokenMaxValidity;
        }
    }

    /** Who must give a TOTP code after the password at console sign-in (AUTH-07). */
    public record SecondFactor(RequiredFor requiredFor) {

        public enum RequiredFor {
            /** every account (the production bar) */
            ALL,
            /** only the system, security and audit administrators */
            ADMINISTRATORS,
            /** nobody (tests and trials only) */
            NONE
        }
    }

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
