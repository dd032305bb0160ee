package org.fazhi.disputes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Registering a public legal service point for the unit it serves. */
public record ServicePointRequest(
        @NotNull Long unitId,
        @NotNull ServicePointLevel level,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 300) String address,
        @Size(max = 40) String phone,
        @NotNull LocalDate openedOn) {
}
