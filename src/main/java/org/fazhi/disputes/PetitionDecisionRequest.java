package org.fazhi.disputes;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The acceptance decision told to the petitioner on a day: accepted; not accepted ({@code reason}: why and
 * which legal channel to use, e.g. 依法应当通过诉讼、仲裁、行政复议等法定途径解决); or transferred
 * ({@code transferredTo}: the body with power to handle it).
 */
public record PetitionDecisionRequest(
        @NotNull LocalDate decidedOn,
        @Size(max = 1000) String reason,
        @Size(max = 200) String transferredTo,
        Integer version) {
}
