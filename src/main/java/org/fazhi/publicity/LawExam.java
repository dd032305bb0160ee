package org.fazhi.publicity;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A law exam held by a unit, with its full and pass marks. */
public record LawExam(Long id, Long unitId, String title, ExamKind kind, LocalDate heldOn, BigDecimal fullMark,
        BigDecimal passMark) {
}
