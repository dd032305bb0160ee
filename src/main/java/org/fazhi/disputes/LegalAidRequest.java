package org.fazhi.disputes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A legal-aid application received by a unit (its legal-aid centre or justice office). */
public record LegalAidRequest(
        @NotNull Long unitId,
        @NotNull LocalDate appliedOn,
        @NotBlank @Size(max = 100) String applicantName,
        @Size(max = 40) String applicantIdNumber,
        @Size(max = 40) String applicantPhone,
        @NotNull LegalAidMatter matterKind,
        @NotBlank @Size(max = 2000) String matter) {
}
