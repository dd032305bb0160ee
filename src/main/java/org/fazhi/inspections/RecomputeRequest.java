package org.fazhi.inspections;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A draw to repeat, as anyone may from a published plan: the algorithm, the seed, the number of objects
 * and both pools as published.
 */
public record RecomputeRequest(@NotBlank @Size(max = 40) String algorithm,
        @NotBlank @Pattern(regexp = "[0-9a-f]{64}") String seed, @Min(0) @Max(20_000) int count,
        @NotNull @Size(max = 20_000) List<@Valid @NotNull PoolEntry> objectPool,
        @NotNull @Size(max = 20_000) List<@Valid @NotNull PoolEntry> inspectorPool) {

    public RecomputeRequest {
        objectPool = objectPool == null ? null : List.copyOf(objectPool);
        inspectorPool = inspectorPool == null ? null : List.copyOf(inspectorPool);
    }

    /** One published pool entry. */
    public record PoolEntry(@Min(0) long id, @NotNull @Size(max = 300) String label) {
    }
}
