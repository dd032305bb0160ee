package org.fazhi.decisions;

import java.time.Instant;

/** A required procedure the decision goes without in a round, with the recorded reason and who decided it. */
public record Waiver(Long id, Long decisionId, int roundNo, RequiredProcedure procedure, String reason,
        Long waivedBy, Instant waivedAt) {
}
