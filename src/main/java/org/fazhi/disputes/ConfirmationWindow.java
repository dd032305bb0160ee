package org.fazhi.disputes;

import java.time.LocalDate;
import java.util.List;

/**
 * The parties' window to apply together to a court for judicial confirmation of their agreement (人民调解法
 * 第三十三条, PM-01): 30 days counted on the calendar from the day the agreement took effect, the last day
 * moved to the next working day when it is a rest day, with the calendar's explanation line by line.
 */
public record ConfirmationWindow(String ruleId, LocalDate effectiveOn, LocalDate lastDay, int days,
        List<String> explanation) {

    public ConfirmationWindow {
        explanation = List.copyOf(explanation);
    }

    /** Whether the parties may still apply on {@code day}. */
    public boolean openOn(LocalDate day) {
        return !day.isAfter(lastDay);
    }
}
