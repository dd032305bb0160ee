package org.fazhi.enforcement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A power item registered with an agency (while the agency's register stands behind the power list). */
public record PowerItemRequest(@NotBlank @Size(max = 40) String code, @NotBlank @Size(max = 300) String name,
        @NotNull ActionKind kind, @NotBlank @Size(max = 2000) String basis, LocalDate inForceFrom) {
}
