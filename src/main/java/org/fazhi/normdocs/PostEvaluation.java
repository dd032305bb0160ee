package org.fazhi.normdocs;

import java.time.LocalDate;

/** A post-implementation evaluation (后评估) and what it recommends. */
public record PostEvaluation(Long id, Long documentId, LocalDate evaluatedOn, String evaluator, String conclusion,
        CleanupVerdict recommendation, Long reportFileId) {
}
