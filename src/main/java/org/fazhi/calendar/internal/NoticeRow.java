package org.fazhi.calendar.internal;

import java.time.LocalDate;
import org.fazhi.calendar.DayKind;

/** One day of a year's notice as entered: line number (for messages), date, HOLIDAY or WORKDAY, festival. */
record NoticeRow(int line, LocalDate date, DayKind kind, String name) {
}
