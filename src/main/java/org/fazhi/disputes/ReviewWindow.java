package org.fazhi.disputes;

import java.time.LocalDate;
import java.util.List;

/**
 * The petitioner's window to ask the body above for a review (复查) of the reply (PT-03), counted by the
 * calendar from the day of the written reply, with the explanation.
 */
public record ReviewWindow(String ruleId, LocalDate from, LocalDate lastDay, List<String> explanation) {

    public ReviewWindow {
        explanation = List.copyOf(explanation);
    }
}
