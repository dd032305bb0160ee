package org.fazhi.disclosure;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A cell of Table 二 or 四 that no module supplies, entered with its source (e.g. "本县无规章制定权，依法为0";
 * "财政局非税收入台账"): {@code key} as {@code t2.RULES_ISSUED} or {@code t4.RECONSIDERATION.UPHELD}.
 */
public record ReportCellRequest(@NotBlank @Size(max = 60) String key,
        @NotNull @DecimalMin("0") @DecimalMax("99999999") BigDecimal amount, @NotBlank @Size(max = 300) String source,
        Integer version) {
}
