package org.fazhi.litigation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Who appeared at the hearing for the defendant, by role, name and position. When no responsible
 * person appeared: the reason (法释〔2020〕3号第八条: force majeure, accident, a duty that cannot be
 * delegated, another justified reason) and who approved it (seed 004 §12: 报县政府批准).
 */
public record AppearanceRequest(@NotNull AppearanceRole role, @NotBlank @Size(max = 100) String name,
        @Size(max = 100) String position, @Size(max = 1000) String absenceReason,
        @Size(max = 100) String absenceApprovedBy, Integer version) {
}
