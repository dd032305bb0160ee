package org.fazhi.suggestions.internal;

import java.util.List;
import org.fazhi.shared.privacy.PersonalData;

/** How staff lists show the proposers' contact: identifiers masked as PersonalData masks them, other text cut. */
final class ContactMask {

    private ContactMask() {
    }

    static String mask(String text) {
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
