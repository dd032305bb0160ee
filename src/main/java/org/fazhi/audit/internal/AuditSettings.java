package org.fazhi.audit.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Retention and protection of the audit log.
 * <ul>
 * <li>Retention (SECURITY.md AUD-05; 网络安全法 Art. 21(三): network logs are kept for no less than
 * six months): {@code retentionMonths} defaults to 12 and cannot be set below 6 (the application
 * refuses to start). The purge runs nightly at {@code purgeCron} (Beijing time) unless
 * {@code purgeEnabled} is false.</li>
 * <li>The chain key (AUD-03, DI-02), outside the database: {@code key} ({@code FAZHI_AUDIT_KEY}) or
 * the owner-only {@code keyFile}, generated on a first start.</li>
 * <li>Anchors: every {@code anchorInterval} the chain's head is appended to {@code anchorFile},
 * outside the database; verification checks the chain against every anchor.</li>
 * </ul>
 */
@Validated
@ConfigurationProperties("fazhi.audit")
public record AuditSettings(
        @DefaultValue("12") @Min(value = AuditSettings.MIN_RETENTION_MONTHS,
                message = "fazhi.audit.retention-months must be at least 6 (网络安全法 Art. 21)") @Max(1200)
        int retentionMonths,
        @DefaultValue("true") boolean purgeEnabled,
        @DefaultValue("0 40 2 * * *") String purgeCron,
        String key,
        @DefaultValue("./data/audit-chain.key") String keyFile,
        @DefaultValue("./data/audit-anchors.log") String anchorFile,
        @DefaultValue("5m") Duration anchorInterval) {

    public static final int MIN_RETENTION_MONTHS = 6;

    @Override
    public String toString() {
        return "AuditSettings[retentionMonths=" + retentionMonths + ", keyFile=" + keyFile + ", anchorFile="
                + anchorFile + ", anchorInterval=" + anchorInterval + "]";
    }
}
