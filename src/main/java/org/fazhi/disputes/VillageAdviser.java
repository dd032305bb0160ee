package org.fazhi.disputes;

import java.time.LocalDate;

/** A lawyer serving a village or community as its legal adviser (一村一法律顾问) for a contract term. */
public record VillageAdviser(Long id, Long villageUnitId, String adviserName, String firm, String phone,
        LocalDate servesFrom, LocalDate servesTo) {

    public boolean servesOn(LocalDate day) {
        return !servesFrom.isAfter(day) && !servesTo.isBefore(day);
    }
}
