package org.fazhi.disputes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A party to a dispute: side, name and, where known, identity number, phone and address. */
public record PartyRequest(
        @NotNull PartySide side,
        @NotBlank @Size(max = 100) String personName,
        @Size(max = 40) String idNumber,
        @Size(max = 40) String phone,
        @Size(max = 300) String address) {
}
