package org.fazhi.enforcement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Issues (or renews) a certificate: its number, the issuing authority, issue and expiry dates. */
public record CertificateRequest(@NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9-]{4,40}") String certificateNo,
        @NotBlank @Size(max = 100) String issuingAuthority, @NotNull LocalDate issuedOn, @NotNull LocalDate expiresOn,
        Integer version) {
}
