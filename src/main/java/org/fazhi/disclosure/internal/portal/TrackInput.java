package org.fazhi.disclosure.internal.portal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The receipt number and verification code a requester tracks a request with. */
record TrackInput(@NotBlank @Size(max = 30) String receiptNo, @NotBlank @Size(max = 10) String code) {
}
