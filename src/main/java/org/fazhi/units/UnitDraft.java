package org.fazhi.units;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a user enters to create or change a unit. */
public record UnitDraft(
        Long parentId,
        @NotBlank @Size(max = 32) @Pattern(regexp = "[0-9A-Za-z_-]{2,32}", message = "{unit.code.pattern}") String code,
        @NotBlank @Size(max = 100) String name,
        @NotNull UnitKind kind,
        @NotNull UnitLevel level,
        @Min(0) @Max(99999) Integer sortOrder,
        Boolean active) {
}
