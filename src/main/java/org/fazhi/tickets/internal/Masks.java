package org.fazhi.tickets.internal;

import java.util.List;
import org.fazhi.shared.privacy.PersonalData;

/** How staff lists show a complainant: the name, phone, ID number and address masked (PersonalData.mask). */
final class Masks {

    private Masks() {
    }

    /** A person's name: the family name kept, the rest starred (张** for 张三丰). */
    static String name(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        String n = name.strip();
        return n.length() <= 1 ? "*" : n.substring(0, 1) + "*".repeat(n.length() - 1);
    }

    /** Identifiers masked as PersonalData masks them; any other text kept to its first and last two characters. */
    static String identifier(String text) {
        if (text == null || text.isBlank()) {
            return text;
        }
        List<PersonalData.Finding> found = PersonalData.find(text);
        if (found.isEmpty()) {
            String t = text.strip();
            return t.length() <= 4 ? "*".repeat(t.length()) : t.substring(0, 2) + "****" + t.substring(t.length() - 2);
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (PersonalData.Finding f : found) {
            out.append(text, at, f.start()).append(PersonalData.mask(f));
            at = f.end();
        }
        return out.append(text.substring(at)).toString();
    }

    /** An address: its first six characters, the rest starred. */
    static String address(String text) {
        if (text == null || text.isBlank()) {
            return text;
        }
        String t = text.strip();
        return t.length() <= 6 ? t.substring(0, Math.min(2, t.length())) + "****" : t.substring(0, 6) + "****";
    }
}
