package org.fazhi.normdocs;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The filing of a published document: to whom, on which date, the receipt; {@code acceptIncomplete}
 * with a reason records a filing whose packet lacks items (it counts against the 规范率).
 */
public record FilingRequest(
        @NotBlank @Size(max = 200) String filedTo,
        @NotNull LocalDate filedOn,
        @Size(max = 64) String receiptNo,
        Boolean acceptIncomplete,
        @Size(max = 1000) String incompleteReason) {
}
