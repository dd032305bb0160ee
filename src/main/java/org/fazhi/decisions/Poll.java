package org.fazhi.decisions;

import java.time.Instant;
import java.time.LocalDate;

/** An opinion poll (民意调查) on a decision: what was asked how, of how many, when, by whom, and the results. */
public record Poll(Long id, Long decisionId, int roundNo, String title, String method, int sampleSize,
        LocalDate startedOn, LocalDate endedOn, String results, String conductedBy, Long recordedBy,
        Instant recordedAt) {
}
