package org.fazhi.participation.internal.web;

import org.fazhi.shared.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The console entry of public participation: the consultations of the user's units. */
@Configuration(proxyBeanMethods = false)
class ParticipationMenu {

    @Bean
    MenuEntry participationMenuConsultations() {
        return MenuEntry.of("participation", 10, "menu.participation.consultations", "/console/participation",
                "DRAFTER", "RULE_OF_LAW_OFFICE", "LEGAL_REVIEWER", "LEADER");
    }
}
