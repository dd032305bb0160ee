package org.fazhi.calendar;

import java.util.Set;

/** Days of these years were added or corrected (e.g. the next year's notice was entered). */
public record CalendarChanged(Set<Integer> years) {

    public CalendarChanged {
        years = Set.copyOf(years);
    }
}
