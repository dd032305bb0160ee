package org.fazhi.portal;

import org.fazhi.shared.PublicEndpoints;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The portal's home page: the public services the modules offer. */
@Controller
class PortalHomePages {

    @GetMapping("/")
    String home() {
        return "portal/home";
    }

    @Configuration(proxyBeanMethods = false)
    static class Access {
        @Bean
        PublicEndpoints portalPublicEndpoints() {
            return PublicEndpoints.get("/");
        }
    }
}
