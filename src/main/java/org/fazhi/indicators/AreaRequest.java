package org.fazhi.indicators;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An area (一级指标) of a locality's system as renamed, and the system's version the change was based on. */
public record AreaRequest(
        @NotBlank @Size(max = 200) String title,
        @NotNull Integer version) {
}
