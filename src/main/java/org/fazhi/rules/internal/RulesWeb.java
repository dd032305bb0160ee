package org.fazhi.rules.internal;

import org.fazhi.shared.MenuEntry;
import org.fazhi.shared.PortalLink;
import org.fazhi.shared.PublicEndpoints;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The rules module's public paths, portal link and console menu entry. */
@Configuration(proxyBeanMethods = false)
class RulesWeb {

    @Bean
    PublicEndpoints rulesPublicEndpoints() {
        return PublicEndpoints.get("/rules", "/api/v1/rules", "/api/v1/rules/*");
    }

    @Bean
    PortalLink rulesPortalLink() {
        return new PortalLink(20, "rules.portal.link", "rules.portal.description", "/rules");
    }

    @Bean
    MenuEntry rulesMenuEntry() {
        return MenuEntry.of("kernel", 20, "rules.menu", "/console/rules", "SYSTEM_ADMIN", "RULE_OF_LAW_OFFICE");
    }
}
