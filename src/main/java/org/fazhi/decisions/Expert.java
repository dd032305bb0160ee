package org.fazhi.decisions;

import java.util.List;

/**
 * An expert of a unit's register (专家库, MD-04): name, fields, title, employer, and the interests the
 * expert declared (organisations, holdings, roles — one per line). An expert whose employer or declared
 * interests match a party with a direct interest in a decision is refused for it.
 */
public record Expert(Long id, Long unitId, String name, List<String> fields, String title, String employer,
        List<String> interests, boolean active) {

    public Expert {
        fields = List.copyOf(fields);
        interests = List.copyOf(interests);
    }
}
