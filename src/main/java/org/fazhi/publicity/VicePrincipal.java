package org.fazhi.publicity;

import java.time.LocalDate;

/** 法治副校长（法治辅导员）of a school: who, from which organisation, since when, until when. */
public record VicePrincipal(Long id, Long unitId, String schoolName, String personName, String personOrg,
        LocalDate appointedOn, LocalDate endedOn) {

    public boolean activeOn(LocalDate day) {
        return !appointedOn.isAfter(day) && (endedOn == null || endedOn.isAfter(day));
    }
}
