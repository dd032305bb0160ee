package org.fazhi.publicity;

import java.time.LocalDate;

/** A 法律明白人 of a village (the phone masked on lists). */
public record LiteratePerson(Long id, Long villageUnitId, String personName, String phone, LocalDate since,
        LocalDate endedOn) {

    public boolean activeOn(LocalDate day) {
        return !since.isAfter(day) && (endedOn == null || endedOn.isAfter(day));
    }
}
