package org.fazhi.calendar.internal;

import org.fazhi.shared.MenuEntry;
import org.fazhi.shared.PortalLink;
import org.fazhi.shared.PublicEndpoints;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The calendar's public paths, portal link and console menu entry. */
@Configuration(proxyBeanMethods = false)
class CalendarWeb {

    @Bean
    PublicEndpoints calendarPublicEndpoints() {
        return PublicEndpoints.get("/calculator", "/api/v1/calendar/days/*", "/api/v1/calendar/deadline");
    }

    @Bean
    PortalLink calendarPortalLink() {
        return new PortalLink(10, "calendar.portal.link", "calendar.portal.description", "/calculator");
    }

    @Bean
    MenuEntry calendarMenuEntry() {
        return MenuEntry.of("kernel", 10, "calendar.menu", "/console/calendar", "SYSTEM_ADMIN", "RULE_OF_LAW_OFFICE");
    }
}
