package org.fazhi.litigation.internal.web;

import org.fazhi.shared.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The console entries of litigation (监督): suits, judicial suggestions, appearance. */
@Configuration(proxyBeanMethods = false)
class LitigationMenu {

    static final String[] STAFF = {"RULE_OF_LAW_OFFICE", "LEGAL_REVIEWER", "DRAFTER", "ENFORCEMENT_OFFICER", "LEADER"};

    @Bean
    MenuEntry litigationMenuCases() {
        return MenuEntry.of("oversight", 20, "menu.litigation.cases", "/console/litigation", STAFF);
    }

    @Bean
    MenuEntry litigationMenuSuggestions() {
        return MenuEntry.of("oversight", 21, "menu.litigation.suggestions", "/console/litigation/suggestions", STAFF);
    }

    @Bean
    MenuEntry litigationMenuAppearance() {
        return MenuEntry.of("oversight", 22, "menu.litigation.appearance", "/console/litigation/appearance", STAFF);
    }
}
