package org.fazhi.governance;

import java.time.LocalDate;

/**
 * A principal's annual 述法 (reporting on the first-responsible-person duties for rule of law, e.g. in the
 * year-end 述职述法): who, for which unit and year, when, on what occasion, its summary and the file of
 * the statement if kept.
 */
public record DutyStatement(long id, long memberId, String principal, String post, long unitId, int year,
        LocalDate givenOn, String occasion, String summary, Long fileId) {
}
