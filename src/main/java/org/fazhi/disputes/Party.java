package org.fazhi.disputes;

import java.time.LocalDate;

/**
 * A party to a mediation case: side, name, identity number, phone, address, and whether (and when) the
 * party refused mediation. Natural persons' data: staff lists show {@link #masked()}, the full values
 * only through an audited reveal, and nothing of a party is ever public.
 */
public record Party(Long id, Long caseId, PartySide side, String personName, String idNumber, String phone,
        String address, LocalDate refusedOn, String refusalNote) {

    public boolean refused() {
        return refusedOn != null;
    }

    /** As staff lists show it: the surname and stars, the identity number and phone masked, no address. */
    public Party masked() {
        return new Party(id, caseId, side, StaffMasks.name(personName), StaffMasks.identifier(idNumber), StaffMasks.identifier(phone),
                null, refusedOn, refusalNote);
    }
}
