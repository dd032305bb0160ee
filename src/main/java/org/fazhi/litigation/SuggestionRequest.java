package org.fazhi.litigation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A suggestion received by a unit ({@code unitId}; null: the user's own) from a court or a
 * procuratorate ({@code issuer}; null: a court): the issuing body, its number, the day received, the
 * content, the case it arose from (if ours), and the reply date the issuer set (none: LT-12 for a court,
 * LT-13 for a procuratorate, from receipt).
 */
public record SuggestionRequest(@Positive Long unitId, @NotBlank @Size(max = 200) String court,
        @NotBlank @Size(max = 80) String suggestionNo, @NotNull LocalDate receivedOn,
        @NotBlank @Size(max = 4000) String content, @Positive Long litigationCaseId, LocalDate replyDue,
        SuggestionIssuer issuer) {

    /** A court's suggestion unless the request says otherwise. */
    public SuggestionIssuer issuerOrCourt() {
        return issuer == null ? SuggestionIssuer.COURT : issuer;
    }
}
