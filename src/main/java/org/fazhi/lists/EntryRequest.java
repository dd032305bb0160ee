package org.fazhi.lists;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One item of a list as entered (or as one row of an imported sheet). Which fields count depends on
 * the list's kind (see {@link ListEntry}); the others are ignored. {@code implementingUnitId} null:
 * the list's own unit. {@code version}: the version of the list version the form was based on.
 */
public record EntryRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+") String code,
        @NotBlank @Size(max = 300) String name,
        PowerType powerType,
        @Size(max = 1000) String basisLaw,
        @Size(max = 1000) String basisArticle,
        Long implementingUnitId,
        @Size(max = 4000) String responsibilities,
        @Size(max = 4000) String accountability,
        CertificationStatus certStatus,
        @Size(max = 300) String certIssuer,
        Boolean notificationCommitment,
        @Size(max = 1000) String replacement,
        Boolean windowAcceptance,
        Boolean fullyOnline,
        Boolean oneTrip,
        Boolean highFrequency,
        @Min(0) @Max(365) Integer timeLimitDays,
        Boolean companyStartup,
        Integer version) {
}
