package org.fazhi.search.internal;

import org.fazhi.shared.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The search index's console menu entry. */
@Configuration(proxyBeanMethods = false)
class SearchWeb {

    @Bean
    MenuEntry searchMenuEntry() {
        return MenuEntry.of("kernel", 90, "search.menu", "/console/search", "SYSTEM_ADMIN", "RULE_OF_LAW_OFFICE");
    }
}
