package org.fazhi.lists;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Starting an adjustment of a unit's list (the first version, or a new one from the version last
 * published): the unit (default: the actor's), the kind, why it is adjusted (调整说明), and whether it
 * bears on the public so that it is put to public participation before legality review; when it is
 * not, {@code noParticipationReason} says why (the reviewer reads it).
 */
public record AdjustmentRequest(
        Long unitId,
        @NotNull ListKind kind,
        @NotBlank @Size(max = 2000) String reason,
        @NotNull Boolean participationRequired,
        @Size(max = 1000) String noParticipationReason) {
}
