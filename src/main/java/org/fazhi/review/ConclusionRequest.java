package org.fazhi.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The reviewer's conclusion: outcome, written opinion, the changes required for 修改后合法, and the
 * reason when concluding before the minimum review time; {@code version}, when given, is the version of
 * the request the reviewer read (a conclusion on a request changed since is refused as stale).
 */
public record ConclusionRequest(
        @NotNull ReviewOutcome outcome,
        @NotBlank @Size(max = 20_000) String opinion,
        @Size(max = 50) List<@NotBlank @Size(max = 2000) String> requiredChanges,
        @Size(max = 1000) String earlyReason,
        @PositiveOrZero Integer version) {

    public ConclusionRequest {
        requiredChanges = requiredChanges == null ? List.of() : List.copyOf(requiredChanges);
    }

    /** A conclusion that does not say which version of the request it was based on. */
    public ConclusionRequest(ReviewOutcome outcome, String opinion, List<String> requiredChanges, String earlyReason) {
        this(outcome, opinion, requiredChanges, earlyReason, null);
    }
}
