package org.fazhi.enforcement;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The case's team from now on: its officers (PN-01) and the auxiliary staff assisting them. */
public record TeamRequest(@NotNull @Size(min = 1, max = 10) List<@NotNull @Positive Long> officerIds,
        @Size(max = 10) List<@NotNull @Positive Long> auxiliaryIds, Integer version) {

    public TeamRequest {
        officerIds = officerIds == null ? null : List.copyOf(officerIds);
        auxiliaryIds = auxiliaryIds == null ? List.of() : List.copyOf(auxiliaryIds);
    }
}
