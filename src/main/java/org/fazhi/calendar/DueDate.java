package org.fazhi.calendar;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.shared.Period;

/**
 * A computed due date with its explanation: each rest day skipped with its reason (and each
 * extension onto the next working day). {@code provisional} when any counted day lies in a year
 * whose notice is not entered; then {@code warning} says so.
 */
public record DueDate(LocalDate from, Period period, LocalDate due, boolean provisional, String warning,
        List<String> explanation) {

    public DueDate {
        explanation = List.copyOf(explanation);
    }
}
