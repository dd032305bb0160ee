package org.fazhi.inspections.internal.portal;

import java.util.List;
import org.fazhi.shared.PortalLink;
import org.fazhi.shared.PublicEndpoints;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The public paths of random inspections (the draws, their recomputation, the results). */
@Configuration(proxyBeanMethods = false)
class InspectionsPortalWeb {

    @Bean
    PublicEndpoints inspectionsPublicEndpoints() {
        return new PublicEndpoints(List.of("/inspections", "/inspections/**", "/api/v1/public/inspections/**"),
                List.of("/api/v1/public/inspections/draws/recompute"));
    }

    @Bean
    PortalLink inspectionsLink() {
        return new PortalLink(22, "inspections.portal.link", "inspections.portal.description", "/inspections");
    }
}
