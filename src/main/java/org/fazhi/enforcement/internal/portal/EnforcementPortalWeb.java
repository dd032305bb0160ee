package org.fazhi.enforcement.internal.portal;

import java.util.List;
import org.fazhi.shared.PortalLink;
import org.fazhi.shared.PublicEndpoints;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The public paths of enforcement publicity and the certificate look-up, and their portal links. */
@Configuration(proxyBeanMethods = false)
class EnforcementPortalWeb {

    @Bean
    PublicEndpoints enforcementPublicEndpoints() {
        return new PublicEndpoints(List.of("/enforcement", "/enforcement/**", "/api/v1/public/enforcement/**"),
                List.of());
    }

    @Bean
    PortalLink enforcementPublicityLink() {
        return new PortalLink(20, "enforcementportal.link", "enforcementportal.description", "/enforcement");
    }

    @Bean
    PortalLink enforcementCertificatesLink() {
        return new PortalLink(21, "enforcementportal.certificates.link", "enforcementportal.certificates.description",
                "/enforcement/certificates");
    }
}
