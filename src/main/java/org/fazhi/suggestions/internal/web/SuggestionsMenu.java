package org.fazhi.suggestions.internal.web;

import org.fazhi.shared.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The console entry of suggestions and proposals, in the "oversight" group. */
@Configuration(proxyBeanMethods = false)
class SuggestionsMenu {

    @Bean
    MenuEntry suggestionsMenu() {
        return MenuEntry.of("oversight", 25, "menu.suggestions", "/console/suggestions", "RULE_OF_LAW_OFFICE",
                "LEGAL_REVIEWER", "DRAFTER", "ENFORCEMENT_OFFICER", "LEADER");
    }
}
