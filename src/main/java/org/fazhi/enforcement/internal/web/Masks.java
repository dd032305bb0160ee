package org.fazhi.enforcement.internal.web;

/**
 * Identifiers as staff screens and lists show them (SECURITY.md: partial masks are for staff screens;
 * the public side removes them): 110***********1234, 138****5678.
 */
final class Masks {

    private Masks() {
    }

    static String idNumber(String id) {
        if (id == null || id.isBlank()) {
            return "";
        }
        String s = id.strip();
        if (s.length() <= 7) {
            return "*".repeat(s.length());
        }
        return s.substring(0, 3) + "*".repeat(s.length() - 7) + s.substring(s.length() - 4);
    }

    static String contact(String contact) {
        if (contact == null || contact.isBlank()) {
            return "";
        }
        String c = contact.strip();
        int at = c.indexOf('@');
        if (at > 0) {
            return c.charAt(0) + "***" + c.substring(at);
        }
        if (c.length() >= 7) {
            return c.substring(0, 3) + "****" + c.substring(c.length() - 4);
        }
        return "***";
    }
}
