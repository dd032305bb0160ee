package org.fazhi.reconsideration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** 行政复议调解书, signed or sealed by every party and the body (行政复议法第七十三条). */
public record MediationRequest(@NotBlank @Size(max = 60) String docNo, @NotNull LocalDate signedOn,
        @NotBlank @Size(max = 4000) String summary, Integer version) {
}
