package org.fazhi.enforcement;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An exam result: the exam, the day it was taken, the score and the pass mark. */
public record ExamRequest(@NotBlank @Size(max = 200) String examName, @NotNull LocalDate takenOn,
        @NotNull @DecimalMin("0") @DecimalMax("1000") BigDecimal score,
        @NotNull @DecimalMin("0") @DecimalMax("1000") BigDecimal passMark) {
}
