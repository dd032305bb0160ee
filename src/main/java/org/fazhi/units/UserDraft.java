package org.fazhi.units;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What a system administrator enters to create or change an account. Roles are not part of it:
 * they are granted by the security administrator (三员分立), except that the system administrator
 * may appoint the first security administrator or auditor while none exists.
 */
public record UserDraft(
        @NotBlank @Pattern(regexp = "[a-zA-Z][a-zA-Z0-9._-]{2,63}", message = "{user.username.pattern}") String username,
        @NotBlank @Size(max = 64) String displayName,
        @NotNull Long unitId,
        @Size(max = 32) String staffNo,
        @Pattern(regexp = "|1[3-9]\\d{9}", message = "{user.phone.pattern}") String phone,
        Boolean enabled,
        LocalDate expiresOn,
        Role administratorRole) {
}
