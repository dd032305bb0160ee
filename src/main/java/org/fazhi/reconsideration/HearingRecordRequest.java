package org.fazhi.reconsideration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The hearing as held: whether the respondent's head (负责人) attended and who; if not, who was
 * delegated and why (行政复议法第五十一条第三款); whether the applicant attended; the record.
 */
public record HearingRecordRequest(@NotNull Boolean headAttended, @Size(max = 100) String headName,
        @Size(max = 100) String delegateName, @Size(max = 1000) String delegateReason, @NotNull Boolean applicantAttended,
        @NotBlank @Size(max = 4000) String summary, Integer version) {
}
