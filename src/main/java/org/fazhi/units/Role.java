package org.fazhi.units;

import java.util.EnumSet;
import java.util.Set;

/**
 * Roles. The three administrator roles (系统管理员, 安全管理员, 审计管理员) are kept apart (三员分立):
 * an account holds at most one of them and then no business role.
 */
public enum Role {
    /** 系统管理员: units, accounts, configuration. Cannot grant roles or read the audit log. */
    SYSTEM_ADMIN(true),
    /** 安全管理员: role grants and security policy. */
    SECURITY_ADMIN(true),
    /** 审计管理员: reads, verifies and exports the audit log; changes nothing. */
    AUDITOR(true),
    /** 法治办 / 司法局: coordinates; keeps the rules catalog and the calendar; sees the 督办台. */
    RULE_OF_LAW_OFFICE(false),
    /** 法制审核员 / 公职律师: works the legality-review desk. */
    LEGAL_REVIEWER(false),
    /** 起草科室 / 经办人员: drafts and carries documents and decisions. */
    DRAFTER(false),
    /** 执法人员. */
    ENFORCEMENT_OFFICER(false),
    /** 领导: reads dashboards, changes nothing. */
    LEADER(false);

    private final boolean administrator;

    Role(boolean administrator) {
        this.administrator = administrator;
    }

    public boolean isAdministrator() {
        return administrator;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    public static Set<Role> administratorRoles() {
        return EnumSet.of(SYSTEM_ADMIN, SECURITY_ADMIN, AUDITOR);
    }

    public static Set<Role> businessRoles() {
        return EnumSet.complementOf(EnumSet.of(SYSTEM_ADMIN, SECURITY_ADMIN, AUDITOR));
    }
}
