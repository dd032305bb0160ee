package org.fazhi.deadlines;

/**
 * How far off a due date is today: calendar days and working days left (negative: overdue by that
 * many), and the colour it deserves.
 */
public record DueIn(long days, int workingDays, Urgency urgency) {
}
