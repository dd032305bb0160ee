package org.fazhi.audit.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Retention of the audit log (SECURITY.md AUD-05; 网络安全法 Art. 21(三): network logs are kept
 * for no less than six months). {@code retentionMonths} defaults to 12 and cannot be set below 6:
 * the application refuses to start. The purge runs nightly at {@code purgeCron} (Beijing time)
 * unless {@code purgeEnabled} is false.
 */
@Validated
@ConfigurationProperties("fazhi.audit")
public record AuditSettings(
        @DefaultValue("12") @Min(value = AuditSettings.MIN_RETENTION_MONTHS,
                message = "fazhi.audit.retention-months must be at least 6 (网络安全法 Art. 21)") @Max(1200)
        int retentionMonths,
        @DefaultValue("true") boolean purgeEnabled,
        @DefaultValue("0 40 2 * * *") String purgeCron) {

    public static final int MIN_RETENTION_MONTHS = 6;
}
