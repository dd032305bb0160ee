package org.fazhi.normdocs.internal.web;

import org.fazhi.normdocs.PublicComment;

/** A commenter's contact as staff lists show it: 139****1111, z***@example.org. */
final class Masking {

    private Masking() {
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

    static PublicComment masked(PublicComment pc) {
        return new PublicComment(pc.id(), pc.consultationId(), pc.documentId(), pc.versionId(), pc.receiptNo(),
                pc.commenterName(), contact(pc.contact()), pc.organisation(), pc.content(), pc.source(),
                pc.submittedAt(), pc.disposition(), pc.dispositionReason(), pc.disposedAt());
    }
}
