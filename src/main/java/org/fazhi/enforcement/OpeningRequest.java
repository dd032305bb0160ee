package org.fazhi.enforcement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * Opens a case (立案) on a power item of the agency: the party, what happened, the flags PN-05 reads
 * (major public interest, complex), the day of opening, and the officers (at least two with valid
 * certificates, PN-01) with any auxiliary staff assisting them.
 */
public record OpeningRequest(@NotNull @Positive Long agencyId, @NotNull @Positive Long powerItemId,
        @NotBlank @Size(max = 300) String cause, LocalDate occurredOn, @NotNull PartyKind partyKind,
        @NotBlank @Size(max = 200) String partyName, @Size(max = 40) String partyIdNo,
        @Size(max = 100) String partyContact, @Size(max = 300) String partyAddress, boolean partyMinor,
        @Size(max = 20000) String facts, boolean majorPublicInterest, boolean complex, LocalDate openedOn,
        @NotNull @Size(min = 1, max = 10) List<@NotNull @Positive Long> officerIds,
        @Size(max = 10) List<@NotNull @Positive Long> auxiliaryIds, @Size(max = 4000) String openingNote) {

    public OpeningRequest {
        officerIds = officerIds == null ? null : List.copyOf(officerIds);
        auxiliaryIds = auxiliaryIds == null ? List.of() : List.copyOf(auxiliaryIds);
    }
}
