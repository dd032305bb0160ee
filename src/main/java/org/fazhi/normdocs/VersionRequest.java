package org.fazhi.normdocs;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A new version of the text. When it answers a 修改后合法 review, {@code answersReviewId} names the
 * review and {@code changeResponses} say, for every required change, how it was made. {@code version}:
 * the version of the document the editor started from; if someone else changed the document since,
 * the new text is refused as stale rather than silently replacing theirs.
 */
public record VersionRequest(
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 500_000) String body,
        @Size(max = 100_000) String draftingNotes,
        @Size(max = 100_000) String basis,
        @Size(max = 2000) String changeSummary,
        Long answersReviewId,
        @Size(max = 50) List<@Valid ChangeResponse> changeResponses,
        @PositiveOrZero Integer version) {

    public VersionRequest {
        changeResponses = changeResponses == null ? List.of() : List.copyOf(changeResponses);
    }

    /** A new version that does not say which version of the document it was based on. */
    public VersionRequest(String title, String body, String draftingNotes, String basis, String changeSummary,
            Long answersReviewId, List<ChangeResponse> changeResponses) {
        this(title, body, draftingNotes, basis, changeSummary, answersReviewId, changeResponses, null);
    }

    /** How one required change of the review was made. */
    public record ChangeResponse(@NotNull @Min(1) Integer itemNo, @NotBlank @Size(max = 2000) String response) {
    }
}
