package org.fazhi.shared;

import java.time.LocalDate;

/** An inclusive range of dates, e.g. a pause of a deadline. {@code to} null means still open. */
public record DateRange(LocalDate from, LocalDate to) {

    public DateRange {
        if (from == null || (to != null && to.isBefore(from))) {
            throw new IllegalArgumentException("invalid range " + from + ".." + to);
        }
    }

    public boolean contains(LocalDate d) {
        return !d.isBefore(from) && (to == null || !d.isAfter(to));
    }
}
