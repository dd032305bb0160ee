package org.fazhi.review.internal.web;

import org.fazhi.shared.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The console entries of the review desk (合法性审核): queue, all requests, advisers, desks. */
@Configuration(proxyBeanMethods = false)
class ReviewMenu {

    @Bean
    MenuEntry reviewMenuQueue() {
        return MenuEntry.of("review", 10, "menu.review.queue", "/console/review", "LEGAL_REVIEWER",
                "RULE_OF_LAW_OFFICE");
    }

    @Bean
    MenuEntry reviewMenuRequests() {
        return MenuEntry.of("review", 20, "menu.review.requests", "/console/review/requests", "LEGAL_REVIEWER",
                "RULE_OF_LAW_OFFICE");
    }

    @Bean
    MenuEntry reviewMenuAdvisers() {
        return MenuEntry.of("review", 30, "menu.review.advisers", "/console/review/advisers", "LEGAL_REVIEWER",
                "RULE_OF_LAW_OFFICE");
    }

    @Bean
    MenuEntry reviewMenuDesks() {
        return MenuEntry.of("review", 40, "menu.review.desks", "/console/review/desks", "LEGAL_REVIEWER",
                "RULE_OF_LAW_OFFICE");
    }
}
