package org.fazhi.calendar.internal;

import java.time.Instant;

/** A year whose State Council notice is entered: who entered it, when, from which source. */
record CalendarYear(int year, String status, String source, String enteredBy, Instant enteredAt) {
}
