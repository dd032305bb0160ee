package org.fazhi.disputes.internal.web;

import org.fazhi.shared.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The console entries of disputes (矛盾纠纷化解). */
@Configuration(proxyBeanMethods = false)
class DisputesMenu {

    static final String[] STAFF = {"RULE_OF_LAW_OFFICE", "LEGAL_REVIEWER", "DRAFTER", "ENFORCEMENT_OFFICER", "LEADER"};

    @Bean
    MenuEntry disputesMenuOverview() {
        return MenuEntry.of("disputes", 10, "menu.disputes.overview", "/console/disputes", STAFF);
    }

    @Bean
    MenuEntry disputesMenuCases() {
        return MenuEntry.of("disputes", 20, "menu.disputes.cases", "/console/disputes/cases", STAFF);
    }

    @Bean
    MenuEntry disputesMenuOrgs() {
        return MenuEntry.of("disputes", 30, "menu.disputes.orgs", "/console/disputes/orgs", STAFF);
    }

    @Bean
    MenuEntry disputesMenuPetitions() {
        return MenuEntry.of("disputes", 40, "menu.disputes.petitions", "/console/disputes/petitions", STAFF);
    }

    @Bean
    MenuEntry disputesMenuReceptions() {
        return MenuEntry.of("disputes", 50, "menu.disputes.receptions", "/console/disputes/receptions", STAFF);
    }

    @Bean
    MenuEntry disputesMenuServices() {
        return MenuEntry.of("disputes", 60, "menu.disputes.services", "/console/disputes/services", STAFF);
    }

    @Bean
    MenuEntry disputesMenuLegalAid() {
        return MenuEntry.of("disputes", 70, "menu.disputes.legal-aid", "/console/disputes/legal-aid", STAFF);
    }

    @Bean
    MenuEntry disputesMenuStaff() {
        return MenuEntry.of("disputes", 80, "menu.disputes.staff", "/console/disputes/staff", STAFF);
    }
}
