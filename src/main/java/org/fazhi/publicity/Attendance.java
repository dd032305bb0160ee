package org.fazhi.publicity;

/**
 * Whether a person expected at a session attended. {@code personRef} is how the platform knows the person:
 * {@code user:<id>} for an account, {@code officer:<certificate no.>} for an enforcement officer.
 */
public record Attendance(Long id, Long trainingId, String personRef, String personName, Long unitId,
        boolean attended) {
}
