package org.fazhi.disputes;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** Taking a case up for mediation (受理) with a mediator of the committee; {@code version}: the case as read. */
public record MediationAcceptanceRequest(@NotNull Long mediatorId, @NotNull LocalDate acceptedOn, Integer version) {
}
