package org.fazhi.decisions.internal.portal;

import org.fazhi.shared.PortalLink;
import org.fazhi.shared.PublicEndpoints;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The public paths of major decisions and hearings, and their links on the portal. */
@Configuration(proxyBeanMethods = false)
class DecisionsPortalWeb {

    @Bean
    PublicEndpoints decisionsPublicEndpoints() {
        return PublicEndpoints.get("/decisions", "/decisions/*", "/decisions/catalogs/*", "/hearings", "/hearings/*",
                "/api/v1/public/decisions", "/api/v1/public/decisions/*", "/api/v1/public/decisions/catalogs",
                "/api/v1/public/decisions/catalogs/*", "/api/v1/public/hearings", "/api/v1/public/hearings/*");
    }

    @Bean
    PortalLink decisionsLink() {
        return new PortalLink(7, "decisionsportal.link", "decisionsportal.description", "/decisions");
    }

    @Bean
    PortalLink hearingsLink() {
        return new PortalLink(8, "decisionsportal.hearings.link", "decisionsportal.hearings.description",
                "/hearings");
    }
}
