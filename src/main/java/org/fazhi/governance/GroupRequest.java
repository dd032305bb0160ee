package org.fazhi.governance;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A unit's leading group for a year: its name (e.g. 法治政府建设领导小组), the unit its office sits in and a
 * note on it, the document that set it up and when. One group per unit and year; saving again updates it.
 */
public record GroupRequest(
        @NotNull Long unitId,
        @NotNull @Min(2000) @Max(2100) Integer year,
        @NotBlank @Size(max = 200) String name,
        Long officeUnitId,
        @Size(max = 500) String officeNote,
        @Size(max = 100) String documentRef,
        LocalDate establishedOn) {
}
