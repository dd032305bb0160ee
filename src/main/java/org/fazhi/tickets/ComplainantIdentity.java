package org.fazhi.tickets;

/** The complainant's full identity, for staff who need it (to call back), revealed with a reason and audited. */
public record ComplainantIdentity(String name, String phone, String idNo, String address) {
}
