package org.fazhi.publicity;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A person's result in an exam: the score, or absent; passed when the score reaches the exam's pass mark.
 * {@code heldOn} and {@code kind} are the exam's, so that a reader (the enforcement module's certificate
 * renewal) needs nothing else.
 */
public record ExamResult(Long id, Long examId, String personRef, String personName, Long unitId,
        BigDecimal score, boolean absent, boolean passed, ExamKind kind, LocalDate heldOn) {
}
