package org.fazhi.reconsideration;

import java.time.LocalDate;

/** One suspension (中止) of a case; {@code to} null while it lasts. */
public record CaseSuspension(long id, SuspensionGround ground, String reason, LocalDate from, LocalDate to) {
}
