package org.fazhi.disputes;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Recording a leader's reception day. */
public record ReceptionRequest(
        @NotNull Long unitId,
        @NotNull LocalDate heldOn,
        @NotBlank @Size(max = 64) String leaderName,
        @NotBlank @Size(max = 100) String leaderPost,
        @NotBlank @Size(max = 200) String place,
        @NotNull @Min(0) @Max(100_000) Integer visitors,
        @NotNull @Min(0) @Max(100_000) Integer matters,
        @NotNull @Min(0) @Max(100_000) Integer resolved,
        @Size(max = 2000) String notes) {
}
