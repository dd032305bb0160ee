package org.fazhi.reconsideration;

/**
 * How personal data of applicants is shown to readers who do not handle the case, and never in
 * full on the public side: identity numbers keep the first and last four characters, phone numbers
 * the first three and last four, names only their first character.
 */
public final class Masks {

    private Masks() {
    }

    public static String idNumber(String s) {
        if (s == null || s.length() <= 8) {
            return s == null ? null : "*".repeat(s.length());
        }
        return s.substring(0, 4) + "*".repeat(s.length() - 8) + s.substring(s.length() - 4);
    }

    public static String phone(String s) {
        if (s == null || s.length() <= 7) {
            return s == null ? null : "*".repeat(s.length());
        }
        return s.substring(0, 3) + "*".repeat(s.length() - 7) + s.substring(s.length() - 4);
    }

    public static String name(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        int first = s.offsetByCodePoints(0, 1);
        return s.substring(0, first) + "*".repeat(Math.max(1, s.codePointCount(first, s.length())));
    }
}
