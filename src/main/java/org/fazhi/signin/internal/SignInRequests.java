package org.fazhi.signin.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.List;

/** The request bodies of the sign-in API: a password change and a new API token. */
public final class SignInRequests {

    private SignInRequests() {
    }

    /**
     * A new API token: its validity in hours or in days (neither: the default, 8 hours for a personal
     * token) and its scopes (none: read-only for a personal token; a service account's must be named).
     */
    public record Token(@NotBlank @Size(max = 60) String name, @Min(1) @Max(24 * 366) Integer validHours,
            @Min(1) @Max(366) Integer validDays, @Size(max = 100) List<@NotBlank @Size(max = 64) String> scopes) {

        Duration validity() {
            if (validHours != null) {
                return Duration.ofHours(validHours);
            }
            return validDays == null ? null : Duration.ofDays(validDays);
        }
    }

    /** The signed-in user's password change. */
    public record PasswordChange(@NotNull @Size(max = 128) String currentPassword,
            @NotNull @Size(max = 128) String newPassword) {
    }
}
