package org.fazhi.tickets;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A service request sent through the Open311 API (GeoReport v2 field names, as JSON): the service code (a
 * {@link TicketType} in lower case), the description, where, and who asks. The name and phone are required
 * so that the callback can be made; they are stored encrypted and never returned by the API.
 */
public record Open311SubmitRequest(
        @JsonProperty("service_code") @NotBlank @Size(max = 40) String serviceCode,
        @JsonProperty("description") @NotBlank @Size(max = 4000) String description,
        @JsonProperty("address_string") @Size(max = 300) String addressString,
        @JsonProperty("first_name") @NotBlank @Size(max = 50) String firstName,
        @JsonProperty("last_name") @Size(max = 50) String lastName,
        @JsonProperty("phone") @NotBlank @Size(max = 30) @Pattern(regexp = "[0-9+\\- ]{5,30}") String phone) {
}
