package org.fazhi.normdocs;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A new version of the text. When it answers a 修改后合法 review, {@code answersReviewId} names the
 * review and {@code changeResponses} say, for every required change, how it was made.
 */
public record VersionRequest(
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 500_000) String body,
        @Size(max = 100_000) String draftingNotes,
        @Size(max = 100_000) String basis,
        @Size(max = 2000) String changeSummary,
        Long answersReviewId,
        @Size(max = 50) List<@Valid ChangeResponse> changeResponses) {

    public VersionRequest {
        changeResponses = changeResponses == null ? List.of() : List.copyOf(changeResponses);
    }

    /** How one required change of the review was made. */
    public record ChangeResponse(@NotNull @Min(1) Integer itemNo, @NotBlank @Size(max = 2000) String response) {
    }
}
