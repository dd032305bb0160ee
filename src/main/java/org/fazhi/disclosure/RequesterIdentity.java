package org.fazhi.disclosure;

/** The requester's full identity and contact, revealed to staff with a reason (audited), never published. */
public record RequesterIdentity(long requestId, RequesterType type, String name, String idNo, String contact,
        String address) {
}
