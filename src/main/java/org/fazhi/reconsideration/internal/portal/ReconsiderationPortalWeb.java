package org.fazhi.reconsideration.internal.portal;

import java.util.List;
import org.fazhi.shared.PortalLink;
import org.fazhi.shared.PublicEndpoints;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The public paths of reconsideration (applying, following an application) and its portal link. */
@Configuration(proxyBeanMethods = false)
class ReconsiderationPortalWeb {

    @Bean
    PublicEndpoints reconsiderationPublicEndpoints() {
        return new PublicEndpoints(
                List.of("/reconsideration", "/reconsideration/receipt", "/reconsideration/track",
                        "/api/v1/public/reconsideration/bodies", "/api/v1/public/reconsideration/bodies/*/respondents"),
                List.of("/reconsideration/applications", "/reconsideration/track", "/reconsideration/track/correction",
                        "/api/v1/public/reconsideration/applications", "/api/v1/public/reconsideration/lookup"));
    }

    @Bean
    PortalLink reconsiderationLink() {
        return new PortalLink(20, "reconsiderationportal.link", "reconsiderationportal.description",
                "/reconsideration");
    }
}
