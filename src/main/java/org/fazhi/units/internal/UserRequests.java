package org.fazhi.units.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.fazhi.units.Role;
import org.fazhi.units.UserDraft;

/** The request bodies of the user API (and the console forms). */
public final class UserRequests {

    private UserRequests() {
    }

    /** A new account. Roles are granted separately by the security administrator. */
    public record Create(
            @NotBlank @Size(max = 64) @Pattern(regexp = "[a-zA-Z][a-zA-Z0-9._-]{2,63}", message = "{user.username.pattern}") String username,
            @NotBlank @Size(max = 64) String displayName,
            @NotNull @Positive Long unitId,
            @Size(max = 32) String staffNo,
            @Size(max = 20) @Pattern(regexp = "|1[3-9]\\d{9}", message = "{user.phone.pattern}") String phone,
            Boolean enabled,
            LocalDate expiresOn,
            Role administratorRole) {

        UserDraft draft() {
            return new UserDraft(username, displayName, unitId, staffNo, phone, enabled, expiresOn, administratorRole);
        }
    }

    /** A changed profile (the username and roles stay as they are). */
    public record Update(
            @NotBlank @Size(max = 64) String displayName,
            @NotNull @Positive Long unitId,
            @Size(max = 32) String staffNo,
            @Size(max = 20) @Pattern(regexp = "|1[3-9]\\d{9}", message = "{user.phone.pattern}") String phone,
            Boolean enabled,
            LocalDate expiresOn) {

        UserDraft draft(String username, Role administratorRole) {
            return new UserDraft(username, displayName, unitId, staffNo, phone, enabled, expiresOn, administratorRole);
        }
    }

    /** Exactly the roles an account shall hold. */
    public record Roles(@NotNull @Size(max = 8) Set<@NotNull Role> roles) {
    }

    /** A new service account. */
    public record ServiceAccount(
            @NotBlank @Size(max = 64) @Pattern(regexp = "[a-zA-Z][a-zA-Z0-9._-]{2,63}", message = "{user.username.pattern}") String username,
            @NotBlank @Size(max = 64) String displayName,
            @NotNull @Positive Long unitId,
            LocalDate expiresOn) {

        org.fazhi.units.UserAccounts.ServiceAccountDraft draft() {
            return new org.fazhi.units.UserAccounts.ServiceAccountDraft(username, displayName, unitId, expiresOn);
        }
    }
}
