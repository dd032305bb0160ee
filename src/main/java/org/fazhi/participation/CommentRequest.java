package org.fazhi.participation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A public comment as submitted: contact (a mobile number or an e-mail address) is required so the
 * drafting office can reach the commenter; name and organisation are optional; {@code articleNo}
 * names the article of the draft the comment is on (第X条; null: the draft as a whole) and must be
 * one of the draft's articles.
 */
public record CommentRequest(
        @Size(max = 64) String name,
        @NotBlank @Size(max = 100)
        @Pattern(regexp = "1[3-9]\\d{9}|[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,190}\\.[A-Za-z]{2,24}",
                message = "{participation.comment.contact.pattern}") String contact,
        @Size(max = 200) String organisation,
        @NotBlank @Size(max = 5000) String content,
        @Min(1) @Max(999) Integer articleNo) {

    /** A comment on the draft as a whole. */
    public CommentRequest(String name, String contact, String organisation, String content) {
        this(name, contact, organisation, content, null);
    }
}
