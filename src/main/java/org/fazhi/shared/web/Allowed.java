package org.fazhi.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Who may call a service method or controller, named once: put {@code @Allowed.Drafters} (or another
 * group) on a method or class instead of repeating a {@code hasAnyRole(...)} expression. The roles are
 * those of {@code org.fazhi.units.Role}; the three administrator roles never appear in a business
 * group (三员分立). A module that needs a group not here adds it here, with the people it names.
 */
public final class Allowed {

    private Allowed() {
    }

    /** 系统管理员: units, accounts, configuration. */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    public @interface SystemAdmin {
    }

    /** 安全管理员: role grants and security policy. */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasRole('SECURITY_ADMIN')")
    public @interface SecurityAdmin {
    }

    /** 审计管理员: reads, verifies and exports the audit log. */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasRole('AUDITOR')")
    public @interface Auditor {
    }

    /**
     * Any of the three administrators (系统管理员, 安全管理员, 审计管理员): for steps on an administrator
     * account that only a holder of the same administrator role may take (the service checks which).
     */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN','SECURITY_ADMIN','AUDITOR')")
    public @interface Administrators {
    }

    /**
     * Who may release a locked account: the system administrator (who keeps accounts) and the security
     * administrator (who keeps the lockout policy); never the auditor.
     */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN','SECURITY_ADMIN')")
    public @interface AccountKeepers {
    }

    /** 法治办 / 司法局 alone: the catalog of rules, issuing bodies, plans, the calendar. */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasRole('RULE_OF_LAW_OFFICE')")
    public @interface RuleOfLawOffice {
    }

    /** Who keeps the platform's configuration: the system administrator and the 法治办 (units, bodies, desks). */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN','RULE_OF_LAW_OFFICE')")
    public @interface ConfigKeepers {
    }

    /** Those who carry a procedure: the drafting office (经办人员) and the 法治办. */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasAnyRole('DRAFTER','RULE_OF_LAW_OFFICE')")
    public @interface Drafters {
    }

    /** Those who work the legality-review desk or keep its register: reviewers and the 法治办. */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasAnyRole('LEGAL_REVIEWER','RULE_OF_LAW_OFFICE')")
    public @interface Reviewers {
    }

    /** Enforcement officers and the 法治办 that coordinates them. */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasAnyRole('ENFORCEMENT_OFFICER','RULE_OF_LAW_OFFICE')")
    public @interface Officers {
    }

    /**
     * 执法人员 alone: they carry enforcement cases and random inspections (the 法治办, reviewers and leaders
     * read them; the review desk acts on a case only through its review).
     */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasRole('ENFORCEMENT_OFFICER')")
    public @interface EnforcementOfficers {
    }

    /** Those who oversee: the 法治办, leaders and reviewers (figures, dashboards, desks, advisers). */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasAnyRole('RULE_OF_LAW_OFFICE','LEADER','LEGAL_REVIEWER')")
    public @interface Overseers {
    }

    /**
     * Those who carry, review or oversee the procedures of documents and decisions: drafting offices,
     * the 法治办, reviewers and leaders (reading within the data scope).
     */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasAnyRole('DRAFTER','RULE_OF_LAW_OFFICE','LEGAL_REVIEWER','LEADER')")
    public @interface ProcedureReaders {
    }

    /** The register of legal advisers: reviewers, the 法治办 and the system administrator. */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasAnyRole('RULE_OF_LAW_OFFICE','LEGAL_REVIEWER','SYSTEM_ADMIN')")
    public @interface AdviserKeepers {
    }

    /**
     * Those who do the work and report on it — progress of a plan's tasks, rectification of findings,
     * meetings and study held: every business role but leaders, who read.
     */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasAnyRole('RULE_OF_LAW_OFFICE','LEGAL_REVIEWER','DRAFTER','ENFORCEMENT_OFFICER')")
    public @interface Reporters {
    }

    /**
     * Those who handle remedy cases: the 法治办 / 司法局 (the 行政复议机构 and the coordinator of 行政应诉)
     * and legal reviewers (公职律师), each within the data scope of the body or defendant unit.
     */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasAnyRole('RULE_OF_LAW_OFFICE','LEGAL_REVIEWER')")
    public @interface CaseHandlers {
    }

    /** Every business role (reading within the data scope); never the three administrators. */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasAnyRole('RULE_OF_LAW_OFFICE','LEGAL_REVIEWER','DRAFTER','ENFORCEMENT_OFFICER','LEADER')")
    public @interface Staff {
    }

    /**
     * Who uploads files into records: every business role that carries a record (法治办, reviewers,
     * drafting offices, enforcement officers); leaders read and the administrators never touch
     * business files.
     */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasAnyRole('RULE_OF_LAW_OFFICE','LEGAL_REVIEWER','DRAFTER','ENFORCEMENT_OFFICER')")
    public @interface Uploaders {
    }

    /** Those who press for deadlines (催办): the 法治办 and leaders. */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasAnyRole('RULE_OF_LAW_OFFICE','LEADER')")
    public @interface Supervisors {
    }
}
