package org.fazhi.participation;

/** A commenter's contact as staff lists show it: 139****1111, z***@example.org. */
public final class Contacts {

    private Contacts() {
    }

    public static String mask(String contact) {
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
