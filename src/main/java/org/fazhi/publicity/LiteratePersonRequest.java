package org.fazhi.publicity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A 法律明白人 of a village unit. */
public record LiteratePersonRequest(
        @NotNull Long villageUnitId,
        @NotBlank @Size(max = 64) String personName,
        @Size(max = 40) String phone,
        @NotNull LocalDate since) {
}
