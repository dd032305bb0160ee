package org.fazhi.enforcement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** 集体讨论: the heads' meeting, its day and its conclusion. */
public record DiscussionRequest(LocalDate on, @NotBlank @Size(max = 200) String meeting,
        @NotBlank @Size(max = 2000) String conclusion, Integer version) {
}
