package org.fazhi.publicity.internal.web;

import org.fazhi.shared.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The console entries of legal publicity (普法). */
@Configuration(proxyBeanMethods = false)
class PublicityMenu {

    static final String[] STAFF = {"RULE_OF_LAW_OFFICE", "LEGAL_REVIEWER", "DRAFTER", "ENFORCEMENT_OFFICER", "LEADER"};

    @Bean
    MenuEntry publicityMenuOverview() {
        return MenuEntry.of("publicity", 10, "menu.publicity.overview", "/console/publicity", STAFF);
    }

    @Bean
    MenuEntry publicityMenuDuties() {
        return MenuEntry.of("publicity", 20, "menu.publicity.duties", "/console/publicity/duties", STAFF);
    }

    @Bean
    MenuEntry publicityMenuActivities() {
        return MenuEntry.of("publicity", 30, "menu.publicity.activities", "/console/publicity/activities", STAFF);
    }

    @Bean
    MenuEntry publicityMenuTraining() {
        return MenuEntry.of("publicity", 40, "menu.publicity.training", "/console/publicity/training", STAFF);
    }

    @Bean
    MenuEntry publicityMenuGrassroots() {
        return MenuEntry.of("publicity", 50, "menu.publicity.grassroots", "/console/publicity/grassroots", STAFF);
    }
}
