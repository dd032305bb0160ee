package org.fazhi.enforcement.internal.web;

import org.fazhi.shared.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The console entries of administrative enforcement (行政执法): cases, agencies, officers, benchmarks,
 * publicity, linked records, case-file evaluation, statistics and the import.
 */
@Configuration(proxyBeanMethods = false)
class EnforcementMenu {

    static final String[] STAFF = {"RULE_OF_LAW_OFFICE", "LEGAL_REVIEWER", "DRAFTER", "ENFORCEMENT_OFFICER", "LEADER"};

    @Bean
    MenuEntry enforcementMenuCases() {
        return MenuEntry.of("enforcement", 10, "menu.enforcement.cases", "/console/enforcement", STAFF);
    }

    @Bean
    MenuEntry enforcementMenuAgencies() {
        return MenuEntry.of("enforcement", 20, "menu.enforcement.agencies", "/console/enforcement/agencies", STAFF);
    }

    @Bean
    MenuEntry enforcementMenuOfficers() {
        return MenuEntry.of("enforcement", 30, "menu.enforcement.officers", "/console/enforcement/officers", STAFF);
    }

    @Bean
    MenuEntry enforcementMenuBenchmarks() {
        return MenuEntry.of("enforcement", 40, "menu.enforcement.benchmarks", "/console/enforcement/benchmarks", STAFF);
    }

    @Bean
    MenuEntry enforcementMenuPublicity() {
        return MenuEntry.of("enforcement", 50, "menu.enforcement.publicity", "/console/enforcement/publicity", STAFF);
    }

    @Bean
    MenuEntry enforcementMenuRecords() {
        return MenuEntry.of("enforcement", 60, "menu.enforcement.records", "/console/enforcement/records", STAFF);
    }

    @Bean
    MenuEntry enforcementMenuEvaluations() {
        return MenuEntry.of("enforcement", 70, "menu.enforcement.evaluations", "/console/enforcement/evaluations",
                STAFF);
    }

    @Bean
    MenuEntry enforcementMenuStatistics() {
        return MenuEntry.of("enforcement", 80, "menu.enforcement.statistics", "/console/enforcement/statistics", STAFF);
    }

    @Bean
    MenuEntry enforcementMenuImport() {
        return MenuEntry.of("enforcement", 90, "menu.enforcement.import", "/console/enforcement/import",
                "ENFORCEMENT_OFFICER");
    }
}
