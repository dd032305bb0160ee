package org.fazhi.enforcement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Designates a legal reviewer of an agency; {@code qualified}: holds the 法律职业资格. */
public record ReviewerRequest(@NotBlank @Size(max = 50) String name, @Positive Long userId, boolean qualified,
        LocalDate designatedOn) {
}
