package org.fazhi.decisions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Changing a decision in force (MD-11: 未经法定程序不得变更): why, and the draft of the changed decision,
 * which then goes through the procedure again (the next round).
 */
public record ChangeRequest(@NotBlank @Size(max = 2000) String reason, @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 500_000) String body, @Size(max = 100_000) String explanation) {
}
