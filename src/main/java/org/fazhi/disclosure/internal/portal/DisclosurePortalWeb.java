package org.fazhi.disclosure.internal.portal;

import java.util.List;
import org.fazhi.shared.PortalLink;
import org.fazhi.shared.PublicEndpoints;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The public paths of disclosure (filing, tracking, the annual reports) and their links on the portal. */
@Configuration(proxyBeanMethods = false)
class DisclosurePortalWeb {

    @Bean
    PublicEndpoints disclosurePublicEndpoints() {
        return new PublicEndpoints(
                List.of("/disclosure/track", "/disclosure/reports", "/disclosure/reports/*", "/disclosure/reports/*/docx",
                        "/api/v1/public/disclosure/reports", "/api/v1/public/disclosure/reports/*",
                        "/api/v1/public/disclosure/reports/*/docx"),
                List.of("/disclosure/track", "/api/v1/public/disclosure/requests",
                        "/api/v1/public/disclosure/track"));
    }

    @Bean
    PortalLink disclosureRequestLink() {
        return new PortalLink(7, "disclosure.portal.link", "disclosure.portal.description", "/disclosure/track");
    }

    @Bean
    PortalLink disclosureReportsLink() {
        return new PortalLink(8, "disclosure.portal.reports.link", "disclosure.portal.reports.description",
                "/disclosure/reports");
    }
}
