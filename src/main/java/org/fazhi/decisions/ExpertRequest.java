package org.fazhi.decisions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * An expert of the register: the keeping unit (default: the actor's), name, fields (comma or line
 * separated), title, employer, and the declared interests (one per line).
 */
public record ExpertRequest(@Positive Long unitId, @NotBlank @Size(max = 64) String name,
        @NotBlank @Size(max = 300) String fields, @Size(max = 100) String title,
        @NotBlank @Size(max = 200) String employer, @Size(max = 2000) String interests) {
}
