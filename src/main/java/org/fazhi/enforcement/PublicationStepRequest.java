package org.fazhi.enforcement;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Publishes a decision on a day, or withdraws its publication (with the public reason, PN-03). */
public record PublicationStepRequest(LocalDate on, @Size(max = 1000) String reason, Integer version) {
}
