package org.fazhi.publicity;

import java.time.LocalDate;

/** A village's title 民主法治示范村（社区）, by level and year, until revoked. */
public record ModelVillage(Long id, Long villageUnitId, ModelVillageLevel level, int awardedYear, String awardedBy,
        LocalDate revokedOn) {
}
