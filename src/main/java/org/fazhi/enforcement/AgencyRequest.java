package org.fazhi.enforcement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * Registers or edits an enforcement agency: the unit, its name and legal standing (an entrusted
 * organisation names the organ that entrusted it), legal basis and establishment, the procedure and
 * remedies the public reads, and the prefix of its case numbers (fixed once registered).
 * {@code version}: the version the edit was based on.
 */
public record AgencyRequest(@Positive Long unitId, @NotBlank @Size(max = 100) String name,
        @NotNull LegalStanding standing, @Size(max = 100) String entrustedBy,
        @NotBlank @Size(max = 4000) String legalBasis, @Size(max = 1000) String establishment,
        @Size(max = 4000) String procedureText, @Size(max = 2000) String remedies,
        @NotBlank @Size(max = 20) @Pattern(regexp = "[\\p{IsHan}A-Za-z0-9]{1,20}") String casePrefix,
        Boolean active, Integer version) {
}
