package org.fazhi.participation.internal.portal;

import java.util.regex.Pattern;

/**
 * Removes personal identifiers from text the portal publishes that members of the public wrote
 * (comment contents): mobile and landline numbers, resident ID numbers and e-mail addresses are
 * replaced whole — public disclosure deletes identifiers rather than masking part of them
 * (SECURITY.md §2).
 */
final class PublicText {

    private static final Pattern IDENTIFIERS = Pattern.compile(String.join("|",
            "(?<![0-9A-Za-z])[1-9]\\d{5}(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}[0-9Xx](?![0-9A-Za-z])",
            "(?<!\\d)(?:\\+?86[- ]?)?1[3-9]\\d[- ]?\\d{4}[- ]?\\d{4}(?!\\d)",
            "(?<!\\d)0\\d{2,3}[- ]?\\d{7,8}(?!\\d)",
            "[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,24}"));

    private PublicText() {
    }

    static String redact(String text, String replacement) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return IDENTIFIERS.matcher(text).replaceAll(java.util.regex.Matcher.quoteReplacement(replacement));
    }
}
