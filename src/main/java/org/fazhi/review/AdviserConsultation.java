package org.fazhi.review;

import java.time.LocalDate;

/** A legal adviser or government lawyer consulted during a review, and what they said. */
public record AdviserConsultation(Long id, Long adviserId, String adviserName, String adviserKind, LocalDate consultedOn,
        String opinion) {
}
