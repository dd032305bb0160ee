package org.fazhi.shared;

import java.util.List;

/**
 * A console navigation entry a module contributes as a bean. {@code labelKey} is a messages key;
 * the entry shows to users holding any of {@code roles} (empty: every signed-in user).
 */
public record MenuEntry(String group, int order, String labelKey, String path, List<String> roles) {

    public MenuEntry {
        roles = List.copyOf(roles);
    }

    public static MenuEntry of(String group, int order, String labelKey, String path, String... roles) {
        return new MenuEntry(group, order, labelKey, path, List.of(roles));
    }
}
