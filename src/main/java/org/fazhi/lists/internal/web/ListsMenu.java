package org.fazhi.lists.internal.web;

import org.fazhi.shared.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The console entries of the lists (清单管理): the lists, and loading an existing list (法治办). */
@Configuration(proxyBeanMethods = false)
class ListsMenu {

    static final String[] STAFF = {"RULE_OF_LAW_OFFICE", "LEGAL_REVIEWER", "DRAFTER", "ENFORCEMENT_OFFICER", "LEADER"};

    @Bean
    MenuEntry listsMenuLists() {
        return MenuEntry.of("lists", 10, "menu.lists.lists", "/console/lists", STAFF);
    }

    @Bean
    MenuEntry listsMenuImport() {
        return MenuEntry.of("lists", 20, "menu.lists.import", "/console/lists/import", "RULE_OF_LAW_OFFICE");
    }
}
