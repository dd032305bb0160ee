package org.fazhi.lists;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Putting a draft adjustment out for public comment: the last day of the window (at least the catalog's
 * minimum period, LS-02, unless {@code shortenedReason} says why it is shorter) and the version of the
 * list version the form was based on.
 */
public record ListConsultationRequest(@NotNull LocalDate closesOn, @Size(max = 1000) String shortenedReason,
        Integer version) {
}
