package org.fazhi.publicity;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A law exam held by a unit, with its full mark and the pass mark (not above the full mark). */
public record ExamRequest(
        @NotNull Long unitId,
        @NotBlank @Size(max = 200) String title,
        @NotNull ExamKind kind,
        @NotNull LocalDate heldOn,
        @NotNull @DecimalMin("1") @DecimalMax("1000") BigDecimal fullMark,
        @NotNull @DecimalMin("0") @DecimalMax("1000") BigDecimal passMark) {
}
