package org.fazhi.enforcement;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Closes (结案), terminates (with the reason) or archives a case on a day. */
public record ClosingRequest(LocalDate on, @Size(max = 1000) String reason, Integer version) {
}
