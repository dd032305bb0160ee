package org.fazhi.publicity;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** A service (vice-principal, 法律明白人) ends, or a title is revoked, on a day. */
public record EndOfServiceRequest(@NotNull LocalDate on) {
}
