package org.fazhi.units.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.fazhi.units.UnitDraft;
import org.fazhi.units.UnitKind;
import org.fazhi.units.UnitLevel;

/** A unit as the console form and the API take it (create: parentId required; update: parent unchanged). */
public record UnitRequest(
        @Positive Long parentId,
        @NotBlank @Size(max = 32) @Pattern(regexp = "[0-9A-Za-z_-]{2,32}", message = "{unit.code.pattern}") String code,
        @NotBlank @Size(max = 100) String name,
        @NotNull UnitKind kind,
        @NotNull UnitLevel level,
        @Min(0) @Max(99999) Integer sortOrder,
        Boolean active) {

    UnitDraft draft() {
        return new UnitDraft(parentId, code, name, kind, level, sortOrder, active);
    }
}
