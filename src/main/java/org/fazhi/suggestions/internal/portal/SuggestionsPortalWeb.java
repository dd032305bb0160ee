package org.fazhi.suggestions.internal.portal;

import java.util.List;
import org.fazhi.shared.PortalLink;
import org.fazhi.shared.PublicEndpoints;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The public pages of the answered suggestions and proposals (公开答复) and their link on the portal. */
@Configuration(proxyBeanMethods = false)
class SuggestionsPortalWeb {

    @Bean
    PublicEndpoints suggestionsPublicEndpoints() {
        return new PublicEndpoints(List.of("/suggestions", "/suggestions/*"), List.of());
    }

    @Bean
    PortalLink suggestionsLink() {
        return new PortalLink(9, "suggestions.portal.link", "suggestions.portal.description", "/suggestions");
    }
}
