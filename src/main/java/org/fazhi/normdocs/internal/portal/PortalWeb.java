package org.fazhi.normdocs.internal.portal;

import org.fazhi.shared.PortalLink;
import org.fazhi.shared.PublicEndpoints;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The public paths of the catalog, and its link on the portal (consultations are participation's). */
@Configuration(proxyBeanMethods = false)
class PortalWeb {

    @Bean
    PublicEndpoints normdocsPublicEndpoints() {
        return PublicEndpoints.get("/documents", "/documents/*", "/api/v1/public/normdocs",
                "/api/v1/public/normdocs/*");
    }

    @Bean
    PortalLink normdocsCatalogLink() {
        return new PortalLink(5, "normdocsportal.catalog.link", "normdocsportal.catalog.description", "/documents");
    }
}
