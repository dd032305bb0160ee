package org.fazhi.disputes;

import java.time.LocalDate;

/** A leader's reception day (领导接访): who, where, how many visitors and matters, how many resolved on the spot. */
public record ReceptionDay(Long id, Long unitId, LocalDate heldOn, String leaderName, String leaderPost, String place,
        int visitors, int matters, int resolved, String notes) {
}
