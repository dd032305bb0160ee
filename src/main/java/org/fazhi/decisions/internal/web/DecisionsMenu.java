package org.fazhi.decisions.internal.web;

import org.fazhi.shared.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The console entries of major decisions: decisions, catalogs, government meetings, the expert register. */
@Configuration(proxyBeanMethods = false)
class DecisionsMenu {

    static final String[] READERS = {"DRAFTER", "RULE_OF_LAW_OFFICE", "LEGAL_REVIEWER", "LEADER"};

    @Bean
    MenuEntry decisionsMenuDecisions() {
        return MenuEntry.of("decisions", 10, "menu.decisions.decisions", "/console/decisions", READERS);
    }

    @Bean
    MenuEntry decisionsMenuCatalogs() {
        return MenuEntry.of("decisions", 20, "menu.decisions.catalogs", "/console/decisions/catalogs", READERS);
    }

    @Bean
    MenuEntry decisionsMenuMeetings() {
        return MenuEntry.of("decisions", 30, "menu.decisions.meetings", "/console/decisions/meetings", READERS);
    }

    @Bean
    MenuEntry decisionsMenuExperts() {
        return MenuEntry.of("decisions", 40, "menu.decisions.experts", "/console/decisions/experts", READERS);
    }
}
