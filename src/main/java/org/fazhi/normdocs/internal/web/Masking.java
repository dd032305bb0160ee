package org.fazhi.normdocs.internal.web;

import org.fazhi.participation.Contacts;
import org.fazhi.participation.PublicComment;

/** A commenter's contact as staff lists show it: 139****1111, z***@example.org. */
final class Masking {

    private Masking() {
    }

    static String contact(String contact) {
        return Contacts.mask(contact);
    }

    static PublicComment masked(PublicComment pc) {
        return pc.withContact(contact(pc.contact()));
    }
}
