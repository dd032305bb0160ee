package org.fazhi.disclosure.internal.web;

import org.fazhi.shared.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The console entries of disclosure, in the "oversight" group: the requests, the register of proactive items and the annual reports. */
@Configuration(proxyBeanMethods = false)
class DisclosureMenu {

    private static final String[] STAFF = {"RULE_OF_LAW_OFFICE", "LEGAL_REVIEWER", "DRAFTER", "ENFORCEMENT_OFFICER",
            "LEADER"};

    @Bean
    MenuEntry disclosureMenuRequests() {
        return MenuEntry.of("oversight", 30, "menu.disclosure.requests", "/console/disclosure/requests", STAFF);
    }

    @Bean
    MenuEntry disclosureMenuProactive() {
        return MenuEntry.of("oversight", 32, "menu.disclosure.proactive", "/console/disclosure/proactive", STAFF);
    }

    @Bean
    MenuEntry disclosureMenuReports() {
        return MenuEntry.of("oversight", 31, "menu.disclosure.reports", "/console/disclosure/reports", STAFF);
    }
}
