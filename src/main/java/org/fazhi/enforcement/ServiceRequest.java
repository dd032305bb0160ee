package org.fazhi.enforcement;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The decision was served on a day, by a method. */
public record ServiceRequest(LocalDate on, @NotNull ServiceMethod method, Integer version) {
}
