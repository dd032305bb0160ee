package org.fazhi.decisions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The party committee's approval of a catalog or of an amendment (经同级党委同意, MD-01): which committee,
 * the reference (meeting or document), and the date (not in the future).
 */
public record ApprovalRequest(@NotBlank @Size(max = 200) String approvedBy, @Size(max = 200) String approvalRef,
        @NotNull LocalDate approvedOn) {
}
