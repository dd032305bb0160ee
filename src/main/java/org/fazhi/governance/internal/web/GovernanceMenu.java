package org.fazhi.governance.internal.web;

import org.fazhi.shared.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The console entries of governance (组织领导与督办). */
@Configuration(proxyBeanMethods = false)
class GovernanceMenu {

    static final String[] STAFF = {"RULE_OF_LAW_OFFICE", "LEGAL_REVIEWER", "DRAFTER", "ENFORCEMENT_OFFICER", "LEADER"};

    @Bean
    MenuEntry governanceMenuOverview() {
        return MenuEntry.of("governance", 10, "menu.governance.overview", "/console/governance/overview", STAFF);
    }

    @Bean
    MenuEntry governanceMenuTasks() {
        return MenuEntry.of("governance", 20, "menu.governance.tasks", "/console/governance/tasks", STAFF);
    }

    @Bean
    MenuEntry governanceMenuPlans() {
        return MenuEntry.of("governance", 30, "menu.governance.plans", "/console/governance/plans", STAFF);
    }

    @Bean
    MenuEntry governanceMenuGroups() {
        return MenuEntry.of("governance", 40, "menu.governance.groups", "/console/governance/groups", STAFF);
    }

    @Bean
    MenuEntry governanceMenuMeetings() {
        return MenuEntry.of("governance", 50, "menu.governance.meetings", "/console/governance/meetings", STAFF);
    }

    @Bean
    MenuEntry governanceMenuInspections() {
        return MenuEntry.of("governance", 60, "menu.governance.inspections", "/console/governance/inspections", STAFF);
    }

    @Bean
    MenuEntry governanceMenuWeights() {
        return MenuEntry.of("governance", 70, "menu.governance.weights", "/console/governance/weights", STAFF);
    }
}
