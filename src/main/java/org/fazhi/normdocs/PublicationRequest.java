package org.fazhi.normdocs;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Publishing a registered document: publication and effective dates, the validity period in years
 * (default and maximum from the catalog, LC-01) and to whom it is filed (备案).
 */
public record PublicationRequest(
        @NotNull LocalDate publicationDate,
        @NotNull LocalDate effectiveDate,
        @Min(1) @Max(10) Integer validityYears,
        @Size(max = 200) String filedTo) {
}
