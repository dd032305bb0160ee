package org.fazhi.tickets.internal.web;

import org.fazhi.shared.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The console entries of tickets, in the "oversight" group: the tickets and the 舆情 entries. */
@Configuration(proxyBeanMethods = false)
class TicketsMenu {

    private static final String[] STAFF = {"RULE_OF_LAW_OFFICE", "LEGAL_REVIEWER", "DRAFTER", "ENFORCEMENT_OFFICER",
            "LEADER"};

    @Bean
    MenuEntry ticketsMenuTickets() {
        return MenuEntry.of("oversight", 40, "menu.tickets.tickets", "/console/tickets", STAFF);
    }

    @Bean
    MenuEntry ticketsMenuExposures() {
        return MenuEntry.of("oversight", 41, "menu.tickets.exposures", "/console/tickets/exposures", STAFF);
    }
}
