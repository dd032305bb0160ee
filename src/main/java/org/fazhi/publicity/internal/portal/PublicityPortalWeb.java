package org.fazhi.publicity.internal.portal;

import org.fazhi.shared.PortalLink;
import org.fazhi.shared.PublicEndpoints;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The public paths of the publicity calendar, and its link on the portal. */
@Configuration(proxyBeanMethods = false)
class PublicityPortalWeb {

    @Bean
    PublicEndpoints publicityPublicEndpoints() {
        return PublicEndpoints.get("/publicity", "/api/v1/public/publicity/activities");
    }

    @Bean
    PortalLink publicityCalendarLink() {
        return new PortalLink(40, "publicity.portal.link", "publicity.portal.description", "/publicity");
    }
}
