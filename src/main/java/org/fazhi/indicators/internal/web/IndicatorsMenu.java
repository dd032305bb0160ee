package org.fazhi.indicators.internal.web;

import org.fazhi.shared.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The console entries: the dashboard, the assessment rounds, the annual reports and the indicator systems. */
@Configuration(proxyBeanMethods = false)
class IndicatorsMenu {

    @Bean
    MenuEntry indicatorsMenuDashboard() {
        return MenuEntry.of("assessment", 1, "menu.indicators.dashboard", "/console/indicators", "RULE_OF_LAW_OFFICE",
                "LEADER", "LEGAL_REVIEWER");
    }

    @Bean
    MenuEntry indicatorsMenuRounds() {
        return MenuEntry.of("assessment", 20, "menu.indicators.rounds", "/console/indicators/rounds",
                "RULE_OF_LAW_OFFICE", "LEADER", "LEGAL_REVIEWER");
    }

    @Bean
    MenuEntry indicatorsMenuReports() {
        return MenuEntry.of("assessment", 25, "menu.indicators.reports", "/console/indicators/reports",
                "RULE_OF_LAW_OFFICE", "LEADER", "LEGAL_REVIEWER");
    }

    @Bean
    MenuEntry indicatorsMenuSystems() {
        return MenuEntry.of("assessment", 30, "menu.indicators.systems", "/console/indicators/systems",
                "RULE_OF_LAW_OFFICE", "LEADER", "LEGAL_REVIEWER");
    }
}
