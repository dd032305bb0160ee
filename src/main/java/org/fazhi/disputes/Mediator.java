package org.fazhi.disputes;

import java.time.LocalDate;

/** A people's mediator of a committee (the phone masked on lists). */
public record Mediator(Long id, Long orgId, String personName, String phone, boolean fullTime, LocalDate since,
        LocalDate leftOn) {

    public boolean activeOn(LocalDate day) {
        return !since.isAfter(day) && (leftOn == null || leftOn.isAfter(day));
    }
}
