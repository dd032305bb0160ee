package org.fazhi.lists.internal.portal;

import java.util.List;
import org.fazhi.shared.PortalLink;
import org.fazhi.shared.PublicEndpoints;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The public paths of the lists and their link on the portal. */
@Configuration(proxyBeanMethods = false)
class ListsPortalWeb {

    @Bean
    PublicEndpoints listsPublicEndpoints() {
        return new PublicEndpoints(List.of("/lists", "/lists/*", "/lists/*/compare", "/api/v1/public/lists",
                "/api/v1/public/lists/*", "/api/v1/public/lists/*/compare", "/api/v1/public/lists/versions/*/entries"),
                List.of());
    }

    @Bean
    PortalLink listsLink() {
        return new PortalLink(8, "listsportal.link", "listsportal.description", "/lists");
    }
}
