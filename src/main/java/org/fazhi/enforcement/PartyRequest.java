package org.fazhi.enforcement;

import java.time.LocalDate;

/** Something the party did on a day: waived its statement and hearing, or asked for a hearing. */
public record PartyRequest(LocalDate on, Integer version) {
}
