package org.fazhi.lists;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** Publishing an adjusted list: the day it takes effect (today or later, after the version in force). */
public record ListPublicationRequest(@NotNull LocalDate effectiveDate, Integer version) {
}
