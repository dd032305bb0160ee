package org.fazhi.enforcement;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A penalty decided on the spot (简易程序, PN-08): a warning, or a fine within the catalog's limits for
 * a natural person or an organisation; decided and handed to the party at once.
 */
public record SummaryRequest(@NotNull @Positive Long agencyId, @NotNull @Positive Long powerItemId,
        @NotBlank @Size(max = 300) String cause, @NotNull PartyKind partyKind,
        @NotBlank @Size(max = 200) String partyName, @Size(max = 40) String partyIdNo,
        @Size(max = 100) String partyContact, @Size(max = 300) String partyAddress, boolean partyMinor,
        @Size(max = 20000) String facts, @Size(max = 40) String violationCode, @NotNull PenaltyType penaltyType,
        @DecimalMin("0") @DecimalMax("999999999999") BigDecimal amount, LocalDate decidedOn,
        @Size(max = 200) String place, @NotBlank @Size(max = 20000) String decisionText,
        @NotNull @Size(min = 1, max = 10) List<@NotNull @Positive Long> officerIds,
        @Size(max = 10) List<@NotNull @Positive Long> auxiliaryIds) {

    public SummaryRequest {
        officerIds = officerIds == null ? null : List.copyOf(officerIds);
        auxiliaryIds = auxiliaryIds == null ? List.of() : List.copyOf(auxiliaryIds);
    }
}
