package org.fazhi.disputes;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A petition received by a unit: the day, the channel, the petitioner, how many came, subject and request. */
public record PetitionRequest(
        @NotNull Long unitId,
        @NotNull LocalDate receivedOn,
        @NotNull PetitionChannel channel,
        @NotBlank @Size(max = 100) String petitionerName,
        @Size(max = 40) String idNumber,
        @Size(max = 40) String phone,
        @Size(max = 300) String address,
        @Min(1) @Max(10_000) Integer groupSize,
        @NotBlank @Size(max = 300) String subject,
        @NotBlank @Size(max = 8000) String requestText) {
}
