package org.fazhi.normdocs.internal.portal;

import org.fazhi.shared.PortalLink;
import org.fazhi.shared.PublicEndpoints;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The public paths of the catalog and of consultations, and their links on the portal. */
@Configuration(proxyBeanMethods = false)
class PortalWeb {

    @Bean
    PublicEndpoints normdocsPublicEndpoints() {
        return new PublicEndpoints(
                java.util.List.of("/documents", "/documents/*", "/consultations", "/consultations/*",
                        "/consultations/receipts", "/api/v1/public/normdocs", "/api/v1/public/normdocs/*",
                        "/api/v1/public/consultations", "/api/v1/public/consultations/*",
                        "/api/v1/public/comments/*"),
                java.util.List.of("/consultations/*/comments", "/api/v1/public/consultations/*/comments"));
    }

    @Bean
    PortalLink normdocsCatalogLink() {
        return new PortalLink(5, "normdocsportal.catalog.link", "normdocsportal.catalog.description", "/documents");
    }

    @Bean
    PortalLink normdocsConsultationsLink() {
        return new PortalLink(6, "normdocsportal.consultations.link", "normdocsportal.consultations.description",
                "/consultations");
    }
}
