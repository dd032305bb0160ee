package org.fazhi.calendar.internal;

import java.time.LocalDate;
import org.fazhi.calendar.DayKind;

/** A row of the official calendar: a day off ({@code HOLIDAY}) or a make-up working day ({@code WORKDAY}). */
record ExceptionalDay(LocalDate date, DayKind kind, String name, int noticeYear, String note) {
}
