package org.fazhi.decisions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Publishing a decision (MD-08: 政府公报、网站、报纸等途径及时公布): the date, the channels, the document
 * number.
 */
public record DecisionPublicationRequest(@NotNull LocalDate publicationDate, @NotBlank @Size(max = 300) String channels,
        @Size(max = 60) String documentNumber) {
}
