package org.fazhi.calendar;

import java.util.List;
import org.fazhi.shared.InvalidInputException;

/** A date before the covered years (or beyond the supported range): answered 422, never guessed. */
public class OutsideCalendarException extends InvalidInputException {

    public OutsideCalendarException(java.time.LocalDate date) {
        super(422, "outside-calendar", "calendar.outside", List.of(), date.toString());
    }
}
