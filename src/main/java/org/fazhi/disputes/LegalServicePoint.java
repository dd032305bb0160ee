package org.fazhi.disputes;

import java.time.LocalDate;

/** A public legal service point: the unit it serves, its level, name, address, office phone, opened and closed. */
public record LegalServicePoint(Long id, Long unitId, ServicePointLevel level, String name, String address,
        String phone, LocalDate openedOn, LocalDate closedOn) {

    public boolean activeOn(LocalDate day) {
        return !openedOn.isAfter(day) && (closedOn == null || closedOn.isAfter(day));
    }
}
