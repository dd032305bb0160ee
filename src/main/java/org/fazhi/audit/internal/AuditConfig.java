package org.fazhi.audit.internal;

import org.fazhi.shared.MenuEntry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The audit module's settings, its nightly retention job and its console pages (auditors only). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(AuditSettings.class)
class AuditConfig {

    @Bean
    MenuEntry auditEventsMenu() {
        return MenuEntry.of("audit", 10, "audit.menu.events", AuditPages.BASE, "AUDITOR");
    }

    @Bean
    MenuEntry auditSignInsMenu() {
        return MenuEntry.of("audit", 20, "audit.menu.sign-ins", AuditPages.SIGN_INS, "AUDITOR");
    }
}
