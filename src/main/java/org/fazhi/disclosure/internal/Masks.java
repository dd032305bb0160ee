package org.fazhi.disclosure.internal;

import java.util.List;
import org.fazhi.shared.privacy.PersonalData;

/** How staff lists show a requester or complainant: a natural person's name, ID number and contact masked. */
public final class Masks {

    private Masks() {
    }

    /** A person's name: the family name kept, the rest starred (张** for 张三丰). */
    public static String name(String name, boolean naturalPerson) {
        if (name == null || !naturalPerson) {
            return name;
        }
        String n = name.strip();
        return n.length() <= 1 ? "*" : n.substring(0, 1) + "*".repeat(n.length() - 1);
    }

    /** Identifiers masked as PersonalData masks them; any other text kept to its first and last characters. */
    public static String identifier(String text) {
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
}
