package org.fazhi.decisions;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * An expert argumentation as held on the current version: the form, the date, the organising unit
 * (or the name of the institution), a summary, and each expert's opinion. Each expert comes from a
 * register the decision may use and declares no direct interest in the matter.
 */
public record ArgumentationRequest(@NotNull Argumentation.Form form, @NotNull LocalDate heldOn,
        @Positive Long organiserUnitId, @Size(max = 200) String organiserName, @Size(max = 4000) String summary,
        @NotEmpty @Size(max = 50) List<@Valid Opinion> opinions) {

    /** An expert's opinion, with the expert's declaration that they have no direct interest in the matter. */
    public record Opinion(@NotNull @Positive Long expertId, @NotBlank @Size(max = 50_000) String opinion,
            @NotNull Boolean declaresNoDirectInterest) {
    }
}
