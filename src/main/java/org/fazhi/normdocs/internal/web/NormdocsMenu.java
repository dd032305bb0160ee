package org.fazhi.normdocs.internal.web;

import org.fazhi.shared.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The console entries of normative documents (规范性文件): documents, drafting plan, issuing bodies,
 * cleanups, documents near expiry, and the catalog import.
 */
@Configuration(proxyBeanMethods = false)
class NormdocsMenu {

    static final String[] READERS = {"DRAFTER", "RULE_OF_LAW_OFFICE", "LEGAL_REVIEWER", "LEADER"};

    @Bean
    MenuEntry normdocsMenuDocuments() {
        return MenuEntry.of("normdocs", 10, "menu.normdocs.documents", "/console/normdocs", READERS);
    }

    @Bean
    MenuEntry normdocsMenuPlans() {
        return MenuEntry.of("normdocs", 20, "menu.normdocs.plans", "/console/normdocs/plans", READERS);
    }

    @Bean
    MenuEntry normdocsMenuBodies() {
        return MenuEntry.of("normdocs", 30, "menu.normdocs.bodies", "/console/normdocs/bodies", READERS);
    }

    @Bean
    MenuEntry normdocsMenuCleanups() {
        return MenuEntry.of("normdocs", 40, "menu.normdocs.cleanups", "/console/normdocs/cleanups", READERS);
    }

    @Bean
    MenuEntry normdocsMenuNearExpiry() {
        return MenuEntry.of("normdocs", 50, "menu.normdocs.near-expiry", "/console/normdocs/near-expiry", READERS);
    }

    @Bean
    MenuEntry normdocsMenuImport() {
        return MenuEntry.of("normdocs", 60, "menu.normdocs.import", "/console/normdocs/import", "RULE_OF_LAW_OFFICE",
                "LEGAL_REVIEWER");
    }
}
