package org.fazhi.governance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A person on a leading group's roster: role, name, post, and whether a principal (第一责任人) whose 述法 is counted. */
public record MemberRequest(
        @NotNull MemberRole role,
        @NotBlank @Size(max = 64) String name,
        @NotBlank @Size(max = 200) String post,
        Boolean principal) {
}
