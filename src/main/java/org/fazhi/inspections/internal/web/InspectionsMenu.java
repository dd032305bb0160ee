package org.fazhi.inspections.internal.web;

import org.fazhi.shared.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The console entry of random inspections, in the enforcement group. */
@Configuration(proxyBeanMethods = false)
class InspectionsMenu {

    @Bean
    MenuEntry inspectionsMenuPlans() {
        return MenuEntry.of("enforcement", 45, "menu.inspections.plans", "/console/inspections",
                "RULE_OF_LAW_OFFICE", "LEGAL_REVIEWER", "DRAFTER", "ENFORCEMENT_OFFICER", "LEADER");
    }
}
