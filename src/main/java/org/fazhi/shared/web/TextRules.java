package org.fazhi.shared.web;

/**
 * Characters no text entered into the application may hold (SECURITY.md INT-01): NUL (PostgreSQL
 * refuses it in text, and it truncates strings elsewhere) and a lone UTF-16 surrogate (not a
 * character at all: it cannot be stored as UTF-8). Forms, query parameters and JSON bodies are all
 * checked against this rule before anything reads them.
 */
public final class TextRules {

    private TextRules() {
    }

    /** The index of the first forbidden character of {@code s}, or -1. */
    public static int firstForbidden(CharSequence s) {
        if (s == null) {
            return -1;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u0000') {
                return i;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    public static boolean allowed(CharSequence s) {
        return firstForbidden(s) < 0;
    }
}
