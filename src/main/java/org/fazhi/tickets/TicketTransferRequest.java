package org.fazhi.tickets;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** 转办: the unit that handles the ticket instead, and why (the handling clock starts again for that unit). */
public record TicketTransferRequest(@NotNull @Positive Long unitId, @NotBlank @Size(min = 2, max = 1000) String reason,
        Integer version) {
}
