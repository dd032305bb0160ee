package org.fazhi.decisions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A new version of the draft decision: title, text, explanation, what changed and why, and — when it
 * answers a 修改后合法 review — how each required change was made, in the review's order.
 */
public record DraftVersionRequest(@NotBlank @Size(max = 300) String title, @NotBlank @Size(max = 500_000) String body,
        @Size(max = 100_000) String explanation, @Size(max = 2000) String note,
        @Size(max = 50) List<@NotBlank @Size(max = 2000) String> changeAnswers) {

    /** A version that answers no review. */
    public DraftVersionRequest(String title, String body, String explanation, String note) {
        this(title, body, explanation, note, null);
    }
}
