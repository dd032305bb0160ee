package org.fazhi.enforcement;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The hearing: scheduled (the notice served on {@code noticeOn}, the hearing on {@code on}, at least the
 * catalog's notice period later), or held on {@code on} with its summary.
 */
public record HearingRequest(LocalDate noticeOn, @NotNull LocalDate on, @Size(max = 4000) String summary,
        Integer version) {
}
