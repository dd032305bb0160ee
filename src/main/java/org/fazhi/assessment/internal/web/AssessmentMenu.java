package org.fazhi.assessment.internal.web;

import org.fazhi.shared.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The console entry of the assessment (考核评估): the figures of a unit and year. */
@Configuration(proxyBeanMethods = false)
class AssessmentMenu {

    @Bean
    MenuEntry assessmentMenuFigures() {
        return MenuEntry.of("assessment", 10, "menu.assessment.figures", "/console/assessment", "RULE_OF_LAW_OFFICE",
                "LEADER", "LEGAL_REVIEWER");
    }
}
