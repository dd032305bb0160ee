package org.fazhi.tickets.internal.portal;

import java.util.List;
import org.fazhi.shared.PortalLink;
import org.fazhi.shared.PublicEndpoints;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The public paths of tickets (the portal form, the look-up and rating, the Open311 API) and the portal link. */
@Configuration(proxyBeanMethods = false)
class TicketPortalWeb {

    @Bean
    PublicEndpoints ticketsPublicEndpoints() {
        return new PublicEndpoints(
                List.of("/tickets/new", "/tickets/receipt", "/tickets/track", "/api/v1/open311/services",
                        "/api/v1/open311/services.json", "/api/v1/open311/requests/*"),
                List.of("/tickets/new", "/tickets/track", "/tickets/track/rating", "/api/v1/open311/requests",
                        "/api/v1/open311/requests.json"));
    }

    @Bean
    PortalLink ticketsLink() {
        return new PortalLink(9, "tickets.portal.link", "tickets.portal.description", "/tickets/new");
    }
}
