package org.fazhi.participation.internal.portal;

import org.fazhi.shared.PortalLink;
import org.fazhi.shared.PublicEndpoints;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The public paths of consultations (reading, commenting, receipts) and their link on the portal. */
@Configuration(proxyBeanMethods = false)
class ParticipationPortalWeb {

    @Bean
    PublicEndpoints participationPublicEndpoints() {
        return new PublicEndpoints(
                java.util.List.of("/consultations", "/consultations/*", "/consultations/receipts",
                        "/api/v1/public/consultations", "/api/v1/public/consultations/*",
                        "/api/v1/public/comments/*"),
                java.util.List.of("/consultations/*/comments", "/api/v1/public/consultations/*/comments"));
    }

    @Bean
    PortalLink participationConsultationsLink() {
        return new PortalLink(6, "participationportal.consultations.link",
                "participationportal.consultations.description", "/consultations");
    }
}
