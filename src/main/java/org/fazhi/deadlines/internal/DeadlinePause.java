package org.fazhi.deadlines.internal;

import java.time.LocalDate;
import org.fazhi.shared.DateRange;

/** A period during which a deadline's clock stood still; {@code to} null while it still does. */
record DeadlinePause(Long id, long deadlineId, LocalDate from, LocalDate to, String reason) {

    DateRange range() {
        return new DateRange(from, to);
    }
}
