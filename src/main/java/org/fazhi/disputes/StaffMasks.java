package org.fazhi.disputes;

import org.fazhi.shared.privacy.PersonalData;

/**
 * How the names and identifiers of natural persons — parties, petitioners, legal-aid applicants — read on
 * staff lists (PI-02): a name as its surname and stars, an identity number or phone as
 * {@link PersonalData#mask} shows it. The full values only through an audited reveal with a reason.
 */
public final class StaffMasks {

    private StaffMasks() {
    }

    /** 张三丰 → 张**; a name of one character stays as it is. */
    public static String name(String name) {
        if (name == null || name.length() < 2) {
            return name;
        }
        return name.charAt(0) + "*".repeat(name.length() - 1);
    }

    /** An identity number or phone masked as {@link PersonalData#mask} does; any other text mostly starred. */
    public static String identifier(String value) {
        if (value == null || value.isBlank()) {
            return value;
        }
        String v = value.strip();
        var found = PersonalData.find(v);
        if (found.size() == 1 && found.get(0).start() == 0 && found.get(0).end() == v.length()) {
            return PersonalData.mask(found.get(0));
        }
        return v.length() <= 4 ? "****" : v.substring(0, 2) + "*".repeat(v.length() - 4) + v.substring(v.length() - 2);
    }
}
