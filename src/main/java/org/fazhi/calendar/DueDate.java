package org.fazhi.calendar;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.shared.Period;

/**
 * A computed due date with its explanation: each rest day skipped with its reason (and each
 * extension onto the next working day). {@code provisional} when any counted day lies in a year
 * whose notice is not entered; then {@code warning} says so. {@code extension}: the approved extension
 * counted after {@code period} (null when none). For a period counted back from an event
 * ({@link org.fazhi.shared.PeriodCounting#BACKWARD}) {@code from} is the event and {@code due} the last
 * day on which the act can still be done.
 */
public record DueDate(LocalDate from, Period period, LocalDate due, boolean provisional, String warning,
        List<String> explanation, Period extension) {

    public DueDate {
        explanation = List.copyOf(explanation);
    }

    public DueDate(LocalDate from, Period period, LocalDate due, boolean provisional, String warning,
            List<String> explanation) {
        this(from, period, due, provisional, warning, explanation, null);
    }
}
