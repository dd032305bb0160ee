package org.fazhi.reconsideration.internal.web;

import org.fazhi.shared.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The console entries of reconsideration (监督): cases, letters, statistics, bodies. */
@Configuration(proxyBeanMethods = false)
class ReconsiderationMenu {

    static final String[] STAFF = {"RULE_OF_LAW_OFFICE", "LEGAL_REVIEWER", "DRAFTER", "ENFORCEMENT_OFFICER", "LEADER"};

    @Bean
    MenuEntry reconsiderationMenuCases() {
        return MenuEntry.of("oversight", 10, "menu.reconsideration.cases", "/console/reconsideration", STAFF);
    }

    @Bean
    MenuEntry reconsiderationMenuLetters() {
        return MenuEntry.of("oversight", 11, "menu.reconsideration.letters", "/console/reconsideration/letters",
                STAFF);
    }

    @Bean
    MenuEntry reconsiderationMenuStatistics() {
        return MenuEntry.of("oversight", 12, "menu.reconsideration.statistics",
                "/console/reconsideration/statistics", STAFF);
    }

    @Bean
    MenuEntry reconsiderationMenuBodies() {
        return MenuEntry.of("oversight", 13, "menu.reconsideration.bodies", "/console/reconsideration/bodies",
                "RULE_OF_LAW_OFFICE", "LEGAL_REVIEWER");
    }
}
