package org.fazhi.tickets;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A ticket as the complainant states it, on the portal, to a phone operator or through another system: the
 * type asked for, a short title, what happened, where, and who complains (name and phone to call back; ID
 * number and address when given). The identity is stored encrypted and never published.
 */
public record TicketIntakeRequest(@NotNull TicketType type, @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 4000) String description, @Size(max = 300) String location,
        @NotBlank @Size(max = 100) String complainantName,
        @NotBlank @Size(max = 30) @Pattern(regexp = "[0-9+\\- ]{5,30}") String complainantPhone,
        @Size(max = 18) @Pattern(regexp = "|[0-9]{17}[0-9Xx]|[0-9]{15}") String complainantIdNo,
        @Size(max = 300) String complainantAddress) {
}
