package org.fazhi.units.internal;

import org.fazhi.shared.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The console entries of the units module: units and users (系统管理), role grants (安全管理), my account. */
@Configuration(proxyBeanMethods = false)
class UnitsMenu {

    @Bean
    MenuEntry unitsMenuUnits() {
        return MenuEntry.of("system", 10, "menu.units.units", "/console/units");
    }

    @Bean
    MenuEntry unitsMenuUsers() {
        return MenuEntry.of("system", 20, "menu.units.users", "/console/users", "SYSTEM_ADMIN", "SECURITY_ADMIN",
                "AUDITOR", "RULE_OF_LAW_OFFICE");
    }

    @Bean
    MenuEntry unitsMenuRoles() {
        return MenuEntry.of("security", 10, "menu.units.roles", "/console/roles", "SECURITY_ADMIN");
    }

    @Bean
    MenuEntry unitsMenuAccount() {
        return MenuEntry.of("account", 10, "menu.units.account", "/console/account");
    }
}
