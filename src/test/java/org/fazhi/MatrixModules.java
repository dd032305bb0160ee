package org.fazhi;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.fazhi.units.Role;

/**
 * The modules that declare their operations to the authorization matrix one line each
 * ({@link MatrixModule}). A new module adds a method here and names it in {@link #all()}; the sets of
 * roles below mirror the groups of {@code org.fazhi.shared.web.Allowed}, and an operation declares the
 * group its module's design page names for it — the matrix then proves the code agrees.
 */
final class MatrixModules {

    private MatrixModules() {
    }

    /** Anyone, signed in or not (the portal's JSON). */
    static final Set<Role> PUBLIC = null;
    /** {@code Allowed.Staff}: every business role. */
    static final Set<Role> STAFF = Role.businessRoles();
    /** {@code Allowed.Overseers}: 法治办, leaders, legal reviewers. */
    static final Set<Role> OVERSEERS = EnumSet.of(Role.RULE_OF_LAW_OFFICE, Role.LEADER, Role.LEGAL_REVIEWER);
    /** {@code Allowed.RuleOfLawOffice}. */
    static final Set<Role> ROLO = EnumSet.of(Role.RULE_OF_LAW_OFFICE);
    /** {@code Allowed.CaseHandlers}: 法治办 and legal reviewers (公职律师). */
    static final Set<Role> HANDLERS = EnumSet.of(Role.RULE_OF_LAW_OFFICE, Role.LEGAL_REVIEWER);
    /** {@code Allowed.Drafters}: drafting offices and the 法治办. */
    static final Set<Role> DRAFTERS = EnumSet.of(Role.DRAFTER, Role.RULE_OF_LAW_OFFICE);
    /** {@code Allowed.ProcedureReaders}: drafting offices, 法治办, reviewers, leaders. */
    static final Set<Role> READERS = EnumSet.of(Role.DRAFTER, Role.RULE_OF_LAW_OFFICE, Role.LEGAL_REVIEWER,
            Role.LEADER);
    /** {@code Allowed.Officers}: enforcement officers and the 法治办. */
    static final Set<Role> OFFICERS = EnumSet.of(Role.ENFORCEMENT_OFFICER, Role.RULE_OF_LAW_OFFICE);
    /** {@code Allowed.EnforcementOfficers}: enforcement officers alone. */
    static final Set<Role> ENFORCERS = EnumSet.of(Role.ENFORCEMENT_OFFICER);

    static List<MatrixModule> all() {
        return List.of(accountability(), litigation(), indicators(), inspections(), publicInspections());
    }

    /** 问责 (accountability-design.md): the 法治办 alone takes the steps; leaders and reviewers read. */
    static MatrixModule accountability() {
        return MatrixModule.of("/api/v1/accountability")
                .record("/cases/{id}", (fx, s) -> fx.claim("accountability_case", "unit_id", s, "status = 'OPEN'"))
                .op("GET /cases", OVERSEERS)
                .op("GET /source-types", OVERSEERS)
                .op("POST /cases", ROLO).scoped()
                .op("GET /cases/{id}", OVERSEERS)
                .op("GET /cases/{id}/guide", OVERSEERS)
                .op("GET /cases/{id}/clock", OVERSEERS)
                .op("POST /cases/{id}/extension", ROLO)
                .op("POST /cases/{id}/decision", ROLO)
                .op("POST /cases/{id}/clearance", ROLO);
    }

    /** 行政应诉 (litigation-design.md): all staff read; the 法治办 and legal reviewers handle the cases. */
    static MatrixModule litigation() {
        return MatrixModule.of("/api/v1/litigation")
                .record("/cases/{id}", (fx, s) -> fx.claim("litigation_case", "unit_id", s))
                .record("/suggestions/{id}", (fx, s) -> fx.claim("judicial_suggestion", "unit_id", s))
                .op("GET /cases", STAFF)
                .op("POST /cases", HANDLERS).scoped()
                .op("GET /cases/{id}", STAFF)
                .op("GET /cases/{id}/guide", STAFF)
                .op("GET /cases/{id}/hearings", STAFF)
                .op("POST /cases/{id}/defence", HANDLERS)
                .op("POST /cases/{id}/hearings", HANDLERS)
                .op("POST /cases/{id}/appearance", HANDLERS)
                .op("POST /cases/{id}/judgment", HANDLERS)
                .op("POST /cases/{id}/appeal", HANDLERS)
                .op("POST /cases/{id}/effect", HANDLERS)
                .op("POST /cases/{id}/fulfilment", HANDLERS)
                .op("POST /cases/{id}/closure", HANDLERS)
                .op("GET /suggestions", STAFF)
                .op("POST /suggestions", HANDLERS).scoped()
                .op("GET /suggestions/{id}", STAFF)
                .op("GET /suggestions/{id}/guide", STAFF)
                .op("POST /suggestions/{id}/reply", HANDLERS)
                .op("GET /appearance", STAFF);
    }

    /**
     * 指标体系与考核 (indicators-design.md): the 法治办 keeps systems, rounds and annual reports;
     * leaders and reviewers read.
     */
    static MatrixModule indicators() {
        return MatrixModule.of("/api/v1/indicators")
                .record("/systems/{id}", (fx, s) -> fx.first("select min(id) from indicator_system"))
                .record("/indicators/{id}", (fx, s) -> fx.first("select min(id) from indicator"))
                .record("/rounds/{id}", (fx, s) -> fx.claim("assessment_round", "unit_id", s))
                .record("/rounds/{id}/units/{unitId}/indicators/{indicatorId}", (fx, s) -> {
                    long round = fx.claim("assessment_round", "unit_id", s);
                    long indicator = fx.first("select min(i.id) from indicator i join indicator_area a on"
                            + " a.id = i.area_id join assessment_round r on r.system_id = a.system_id where r.id = ?",
                            round);
                    return new long[] {round, fx.unit(s), indicator};
                })
                .record("/reports/{id}", (fx, s) -> fx.claim("annual_report", "unit_id", s))
                .record("/reports/{id}/parts/{partId}", (fx, s) -> {
                    long report = fx.claim("annual_report", "unit_id", s);
                    return new long[] {report, fx.first("select min(id) from annual_report_part where report_id = ?",
                            report)};
                })
                .op("GET /systems", OVERSEERS)
                .op("GET /systems/{id}", OVERSEERS).unscoped()
                .op("POST /systems/{id}/copies", ROLO).unscoped()
                .op("PUT /indicators/{id}", ROLO).unscoped()
                .op("GET /scorecard", OVERSEERS)
                .op("GET /dashboard", OVERSEERS)
                .op("GET /rounds", OVERSEERS)
                .op("POST /rounds", ROLO).scoped()
                .op("GET /rounds/{id}", OVERSEERS)
                .op("POST /rounds/{id}/units/{unitId}/indicators/{indicatorId}/self", ROLO)
                .op("POST /rounds/{id}/units/{unitId}/indicators/{indicatorId}/review", ROLO)
                .op("POST /rounds/{id}/freeze", ROLO)
                .op("GET /reports", OVERSEERS)
                .op("POST /reports", ROLO).scoped()
                .op("GET /reports/{id}", OVERSEERS)
                .op("POST /reports/{id}/refresh", ROLO)
                .op("PUT /reports/{id}/parts/{partId}", ROLO)
                .op("POST /reports/{id}/submit", ROLO)
                .op("POST /reports/{id}/publish", ROLO);
    }

    /**
     * 双随机一公开 (enforcement-design.md, random inspections): all staff read; enforcement officers and
     * the 法治办 keep items and objects; enforcement officers alone plan, draw, record and publish.
     */
    static MatrixModule inspections() {
        return MatrixModule.of("/api/v1/inspections")
                .record("/plans/{id}", (fx, s) -> fx.claim("inspection_plan", "unit_id", s))
                .record("/plans/{id}/tasks/{taskId}", (fx, s) -> {
                    long plan = fx.claim("inspection_plan", "unit_id", s,
                            "exists (select 1 from inspection_task t where t.plan_id = inspection_plan.id)");
                    return new long[] {plan, fx.first("select min(id) from inspection_task where plan_id = ?", plan)};
                })
                .op("GET /items", STAFF)
                .op("POST /items", OFFICERS).scoped()
                .op("GET /objects", STAFF)
                .op("POST /objects", OFFICERS).scoped()
                .op("GET /plans", STAFF)
                .op("POST /plans", ENFORCERS).scoped()
                .op("GET /plans/{id}", STAFF)
                .op("GET /plans/{id}/tasks", STAFF)
                .op("POST /plans/{id}/draw", ENFORCERS)
                .op("POST /plans/{id}/tasks/{taskId}", ENFORCERS)
                .op("POST /plans/{id}/publication", ENFORCERS);
    }

    /** The public side of random inspections: published draws, the items list, recomputing a draw. */
    static MatrixModule publicInspections() {
        return MatrixModule.of("/api/v1/public/inspections")
                .record("/plans/{id}", (fx, s) -> fx.first("select min(id) from inspection_plan where status <> 'PLANNED'"))
                .op("GET /plans", PUBLIC)
                .op("GET /plans/{id}", PUBLIC).unscoped()
                .op("GET /items", PUBLIC)
                .op("POST /draws/recompute", PUBLIC);
    }
}
