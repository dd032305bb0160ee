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
                List.of("/disclosure/apply", "/disclosure/receipt", "/disclosure/track", "/disclosure/proactive",
                        "/disclosure/reports", "/disclosure/reports/*", "/disclosure/reports/*/docx",
                        "/api/v1/public/disclosure/reports", "/api/v1/public/disclosure/reports/*",
                        "/api/v1/public/disclosure/reports/*/docx"),
                List.of("/disclosure/apply", "/disclosure/track", "/disclosure/track/correction",
                        "/disclosure/track/letter", "/api/v1/public/disclosure/requests",
                        "/api/v1/public/disclosure/track"));
    }

    @Bean
    PortalLink disclosureApplyLink() {
        return new PortalLink(6, "disclosure.portal.apply.link", "disclosure.portal.apply.lead", "/disclosure/apply");
    }

    @Bean
    PortalLink disclosureRequestLink() {
        return new PortalLink(7, "disclosure.portal.link", "disclosure.portal.description", "/disclosure/track");
    }

    @Bean
    PortalLink disclosureProactiveLink() {
        return new PortalLink(9, "disclosure.portal.proactive.title", "disclosure.portal.proactive.lead",
                "/disclosure/proactive");
    }

    @Bean
    PortalLink disclosureReportsLink() {
        return new PortalLink(8, "disclosure.portal.reports.link", "disclosure.portal.reports.description",
                "/disclosure/reports");
    }
}
