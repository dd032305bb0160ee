package org.fazhi.units.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.fazhi.units.Role;
import org.fazhi.units.UserAccounts.AccountView;
import org.fazhi.units.UserDraft;
import org.springframework.format.annotation.DateTimeFormat;

/** The console form of an account (the username only when creating it). */
public class UserForm {

    @Size(max = 64)
    @Pattern(regexp = "[a-zA-Z][a-zA-Z0-9._-]{2,63}", message = "{user.username.pattern}")
    private String username;
    @NotBlank
    @Size(max = 64)
    private String displayName;
    @NotNull
    @Positive
    private Long unitId;
    @Size(max = 32)
    private String staffNo;
    @Size(max = 20)
    @Pattern(regexp = "|1[3-9]\\d{9}", message = "{user.phone.pattern}")
    private String phone;
    private boolean enabled = true;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate expiresOn;
    private Role administratorRole;
    /** Create a service account (system-to-system calls) instead of a person's account. */
    private boolean serviceAccount;

    static UserForm of(AccountView a) {
        UserForm f = new UserForm();
        f.username = a.username();
        f.displayName = a.displayName();
        f.unitId = a.unitId();
        f.staffNo = a.staffNo();
        f.phone = a.phone();
        f.enabled = a.enabled();
        f.expiresOn = a.expiresOn();
        return f;
    }

    UserDraft draft(String fixedUsername, Role fixedAdminRole) {
        return new UserDraft(fixedUsername, displayName, unitId, staffNo, phone == null ? "" : phone, enabled,
                expiresOn, fixedAdminRole);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public String getStaffNo() {
        return staffNo;
    }

    public void setStaffNo(String staffNo) {
        this.staffNo = staffNo;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public Role getAdministratorRole() {
        return administratorRole;
    }

    public void setAdministratorRole(Role administratorRole) {
        this.administratorRole = administratorRole;
    }

    public boolean isServiceAccount() {
        return serviceAccount;
    }

    public void setServiceAccount(boolean serviceAccount) {
        this.serviceAccount = serviceAccount;
    }

    org.fazhi.units.UserAccounts.ServiceAccountDraft serviceDraft() {
        return new org.fazhi.units.UserAccounts.ServiceAccountDraft(username, displayName, unitId, expiresOn);
    }
}
