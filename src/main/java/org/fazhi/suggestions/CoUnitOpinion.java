package org.fazhi.suggestions;

import java.time.LocalDate;

/** A co-unit (会办单位) and its opinion to the lead unit in a round; {@code opinion} null while not given. */
public record CoUnitOpinion(long unitId, String unitName, int round, String opinion, LocalDate givenOn) {

    public boolean given() {
        return opinion != null;
    }
}
