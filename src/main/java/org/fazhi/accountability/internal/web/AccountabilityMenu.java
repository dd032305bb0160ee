package org.fazhi.accountability.internal.web;

import org.fazhi.shared.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The console entry of accountability (监督). */
@Configuration(proxyBeanMethods = false)
class AccountabilityMenu {

    @Bean
    MenuEntry accountabilityMenuRecords() {
        return MenuEntry.of("oversight", 30, "menu.accountability", "/console/accountability", "RULE_OF_LAW_OFFICE",
                "LEADER", "LEGAL_REVIEWER");
    }
}
