package org.fazhi.disputes;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Registering a mediation committee: the unit it belongs to (a village or community unit for a village
 * committee), its kind and name; an enterprise committee gives the enterprise's staff count, an industry
 * committee its sector.
 */
public record MediationOrgRequest(
        @NotNull Long unitId,
        @NotNull MediationOrgKind kind,
        @NotBlank @Size(max = 200) String name,
        @Min(1) @Max(10_000_000) Integer enterpriseStaff,
        @Size(max = 100) String sector,
        @NotNull LocalDate establishedOn) {
}
