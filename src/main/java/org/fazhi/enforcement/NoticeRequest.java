package org.fazhi.enforcement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** 告知: the day the party was told of the proposed decision, its grounds and the party's rights. */
public record NoticeRequest(LocalDate on, @NotBlank @Size(max = 4000) String summary, Integer version) {
}
