package org.fazhi.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.fazhi.shared.MenuEntry;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/** The console navigation: the modules' menu entries the user's roles allow, grouped and ordered. */
@Component
public class ConsoleMenu {

    /** Group order and message keys; a group not listed sorts last. */
    private static final List<String> GROUPS = List.of("work", "review", "governance", "normdocs", "decisions",
            "participation", "lists", "enforcement", "oversight", "disputes", "publicity", "assessment", "kernel",
            "system", "security", "audit", "account");

    private final List<MenuEntry> entries;

    ConsoleMenu(List<MenuEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    public Map<String, List<MenuEntry>> forUser(Authentication auth) {
        Set<String> roles = auth == null ? Set.of()
                : auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                        .map(a -> a.startsWith("ROLE_") ? a.substring(5) : a).collect(Collectors.toSet());
        Map<String, List<MenuEntry>> grouped = new LinkedHashMap<>();
        entries.stream()
                .filter(e -> e.roles().isEmpty() || e.roles().stream().anyMatch(roles::contains))
                .sorted(Comparator.comparingInt((MenuEntry e) -> groupIndex(e.group())).thenComparingInt(MenuEntry::order))
                .forEach(e -> grouped.computeIfAbsent(e.group(), g -> new java.util.ArrayList<>()).add(e));
        return grouped;
    }

    private static int groupIndex(String group) {
        int i = GROUPS.indexOf(group);
        return i < 0 ? GROUPS.size() : i;
    }
}
