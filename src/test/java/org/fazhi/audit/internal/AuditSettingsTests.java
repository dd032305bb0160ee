package org.fazhi.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

/** The audit retention cannot be configured below six months (网络安全法 Art. 21; SECURITY.md AUD-05). */
class AuditSettingsTests {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(AuditSettings.class)
    static class Settings {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Settings.class);

    @Test
    void theDefaultRetentionIsOneYear() {
        runner.run(ctx -> assertThat(ctx.getBean(AuditSettings.class).retentionMonths()).isEqualTo(12));
    }

    @Test
    void aRetentionBelowSixMonthsStopsTheApplication() {
        runner.withPropertyValues("fazhi.audit.retention-months=5").run(ctx -> assertThat(ctx).hasFailed()
                .getFailure().rootCause().hasMessageContaining("retention-months"));
        runner.withPropertyValues("fazhi.audit.retention-months=6")
                .run(ctx -> assertThat(ctx.getBean(AuditSettings.class).retentionMonths()).isEqualTo(6));
    }
}
