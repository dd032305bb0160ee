package org.fazhi;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
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

    /** Why an operation is still pending (see {@link #PENDING_OPERATIONS}). */
    static final String SHARED_SCHEMA = "its request schema shares a name with another module's in /v3/api-docs, so the"
            + " body made from the schema is not this operation's: declare its body";
    static final String ONE_RECORD = "the demo data holds one record of this kind (or none in the calling unit): make"
            + " one per side through the module's service";
    static final String LOCK_VERSION = "the body needs the record's lock version (a stale one answers 409 before the"
            + " role gate): fill it from the record";
    static final String AGENCY_PICK = "the agency the body names is taken from what the suite created before (an"
            + " officer's own agency in one order of the test classes, another county bureau's in another): name the"
            + " calling officer's agency";
    static final String CREATE_BODY = "the values made from the schema are refused before the unit (channel, agency,"
            + " nothing to assess): declare the body";

    /**
     * Declared operations the matrix does not call yet as every role, with the reason; each is still
     * called anonymously and must ask for sign-in. The list only shrinks: fix the declaration, take the
     * operation off.
     */
    static final Map<String, String> PENDING_OPERATIONS = pendingOperations();

    private static Map<String, String> pendingOperations() {
        Map<String, String> pending = new java.util.LinkedHashMap<>();
        // SHARED_SCHEMA
        pending.put("POST /api/v1/accountability/cases/{id}/decision", SHARED_SCHEMA);
        pending.put("POST /api/v1/accountability/cases/{id}/extension", SHARED_SCHEMA);
        pending.put("POST /api/v1/decisions", SHARED_SCHEMA);
        pending.put("POST /api/v1/decisions/catalogs/{id}/amendments", SHARED_SCHEMA);
        pending.put("POST /api/v1/decisions/catalogs/{id}/approval", SHARED_SCHEMA);
        pending.put("POST /api/v1/decisions/meetings", SHARED_SCHEMA);
        pending.put("POST /api/v1/decisions/{id}/expert-opinions/{opinionId}/answer", SHARED_SCHEMA);
        pending.put("POST /api/v1/decisions/{id}/hearing/record", SHARED_SCHEMA);
        pending.put("POST /api/v1/decisions/{id}/hearings", SHARED_SCHEMA);
        pending.put("POST /api/v1/decisions/{id}/progress", SHARED_SCHEMA);
        pending.put("POST /api/v1/decisions/{id}/resumption", SHARED_SCHEMA);
        pending.put("POST /api/v1/decisions/{id}/suspension", SHARED_SCHEMA);
        pending.put("POST /api/v1/disclosure/requests/{id}/consultation", SHARED_SCHEMA);
        pending.put("POST /api/v1/disclosure/requests/{id}/correction-notice", SHARED_SCHEMA);
        pending.put("POST /api/v1/disclosure/requests/{id}/extension", SHARED_SCHEMA);
        pending.put("POST /api/v1/enforcement/agencies/{id}/catalog", SHARED_SCHEMA);
        pending.put("POST /api/v1/enforcement/officers/{id}/exams", SHARED_SCHEMA);
        pending.put("POST /api/v1/indicators/systems/{id}/copies", SHARED_SCHEMA);
        pending.put("POST /api/v1/inspections/items", SHARED_SCHEMA);
        pending.put("POST /api/v1/inspections/plans/{id}/tasks/{taskId}", SHARED_SCHEMA);
        // ONE_RECORD
        pending.put("POST /api/v1/enforcement/cases", AGENCY_PICK);
        pending.put("POST /api/v1/enforcement/cases/summary", AGENCY_PICK);
        pending.put("GET /api/v1/decisions/catalogs/{id}", ONE_RECORD);
        pending.put("GET /api/v1/decisions/experts/{id}", ONE_RECORD);
        pending.put("GET /api/v1/disclosure/reports/{id}", ONE_RECORD);
        pending.put("GET /api/v1/disclosure/reports/{id}/docx", ONE_RECORD);
        pending.put("GET /api/v1/disclosure/reports/{id}/guide", ONE_RECORD);
        pending.put("GET /api/v1/enforcement/cases/{id}", ONE_RECORD);
        pending.put("GET /api/v1/enforcement/cases/{id}/acts", ONE_RECORD);
        pending.put("GET /api/v1/enforcement/cases/{id}/evidence", ONE_RECORD);
        pending.put("GET /api/v1/enforcement/cases/{id}/guide", ONE_RECORD);
        pending.put("GET /api/v1/enforcement/cases/{id}/publication", ONE_RECORD);
        pending.put("GET /api/v1/indicators/reports/{id}", ONE_RECORD);
        pending.put("GET /api/v1/indicators/rounds/{id}", ONE_RECORD);
        pending.put("GET /api/v1/inspections/plans/{id}", ONE_RECORD);
        pending.put("GET /api/v1/inspections/plans/{id}/tasks", ONE_RECORD);
        pending.put("GET /api/v1/publicity/exams/{id}", ONE_RECORD);
        pending.put("GET /api/v1/publicity/exams/{id}/results", ONE_RECORD);
        pending.put("GET /api/v1/publicity/trainings/{id}", ONE_RECORD);
        pending.put("GET /api/v1/publicity/trainings/{id}/attendance", ONE_RECORD);
        pending.put("POST /api/v1/decisions/experts/{id}/status", ONE_RECORD);
        pending.put("POST /api/v1/disclosure/reports/{id}/approve", ONE_RECORD);
        pending.put("POST /api/v1/disclosure/reports/{id}/cells", ONE_RECORD);
        pending.put("POST /api/v1/disclosure/reports/{id}/return", ONE_RECORD);
        pending.put("POST /api/v1/disclosure/reports/{id}/submit", ONE_RECORD);
        pending.put("POST /api/v1/disclosure/reports/{id}/texts", ONE_RECORD);
        pending.put("POST /api/v1/enforcement/cases/{id}/acts", ONE_RECORD);
        pending.put("POST /api/v1/enforcement/cases/{id}/archive", ONE_RECORD);
        pending.put("POST /api/v1/enforcement/cases/{id}/change", ONE_RECORD);
        pending.put("POST /api/v1/enforcement/cases/{id}/closing", ONE_RECORD);
        pending.put("POST /api/v1/enforcement/cases/{id}/decision", ONE_RECORD);
        pending.put("POST /api/v1/enforcement/cases/{id}/discussion", ONE_RECORD);
        pending.put("POST /api/v1/enforcement/cases/{id}/evidence", ONE_RECORD);
        pending.put("POST /api/v1/enforcement/cases/{id}/execution", ONE_RECORD);
        pending.put("POST /api/v1/enforcement/cases/{id}/extension", ONE_RECORD);
        pending.put("POST /api/v1/enforcement/cases/{id}/hearing", ONE_RECORD);
        pending.put("POST /api/v1/enforcement/cases/{id}/hearing-request", ONE_RECORD);
        pending.put("POST /api/v1/enforcement/cases/{id}/hearing-schedule", ONE_RECORD);
        pending.put("POST /api/v1/enforcement/cases/{id}/notice", ONE_RECORD);
        pending.put("POST /api/v1/enforcement/cases/{id}/proposal", ONE_RECORD);
        pending.put("POST /api/v1/enforcement/cases/{id}/publication", ONE_RECORD);
        pending.put("POST /api/v1/enforcement/cases/{id}/review", ONE_RECORD);
        pending.put("POST /api/v1/enforcement/cases/{id}/service", ONE_RECORD);
        pending.put("POST /api/v1/enforcement/cases/{id}/team", ONE_RECORD);
        pending.put("POST /api/v1/enforcement/cases/{id}/termination", ONE_RECORD);
        pending.put("POST /api/v1/enforcement/cases/{id}/transfers", ONE_RECORD);
        pending.put("POST /api/v1/enforcement/cases/{id}/waiver", ONE_RECORD);
        pending.put("POST /api/v1/enforcement/cases/{id}/withdrawal", ONE_RECORD);
        pending.put("POST /api/v1/indicators/rounds/{id}/freeze", ONE_RECORD);
        pending.put("POST /api/v1/indicators/rounds/{id}/units/{unitId}/indicators/{indicatorId}/review", ONE_RECORD);
        pending.put("POST /api/v1/indicators/rounds/{id}/units/{unitId}/indicators/{indicatorId}/self", ONE_RECORD);
        pending.put("POST /api/v1/inspections/plans/{id}/draw", ONE_RECORD);
        pending.put("POST /api/v1/inspections/plans/{id}/publication", ONE_RECORD);
        pending.put("POST /api/v1/publicity/exams/{id}/results", ONE_RECORD);
        pending.put("POST /api/v1/publicity/trainings/{id}/attendance", ONE_RECORD);
        pending.put("POST /api/v1/publicity/vice-principals/{id}/ending", ONE_RECORD);
        pending.put("PUT /api/v1/decisions/experts/{id}", ONE_RECORD);
        // LOCK_VERSION
        pending.put("POST /api/v1/reconsideration/cases/{id}/answer", LOCK_VERSION);
        pending.put("POST /api/v1/reconsideration/letters/{id}/report", LOCK_VERSION);
        // CREATE_BODY
        pending.put("POST /api/v1/disclosure/requests", CREATE_BODY);
        pending.put("POST /api/v1/indicators/rounds", CREATE_BODY);
        pending.put("POST /api/v1/inspections/plans", CREATE_BODY);
        pending.put("POST /api/v1/reconsideration/cases", CREATE_BODY);
        // ONE_RECORD (one per unit and year: the demo's cannot be given to both townships)
        pending.put("GET /api/v1/decisions/catalogs/{id}/guide", ONE_RECORD);
        pending.put("POST /api/v1/decisions/catalogs/{id}/items", ONE_RECORD);
        pending.put("PUT /api/v1/decisions/catalogs/{id}/items/{itemId}", ONE_RECORD);
        pending.put("DELETE /api/v1/decisions/catalogs/{id}/items/{itemId}", ONE_RECORD);
        pending.put("POST /api/v1/decisions/catalogs/{id}/publication", ONE_RECORD);
        pending.put("POST /api/v1/indicators/reports/{id}/refresh", ONE_RECORD);
        pending.put("PUT /api/v1/indicators/reports/{id}/parts/{partId}", ONE_RECORD);
        pending.put("POST /api/v1/indicators/reports/{id}/submit", ONE_RECORD);
        pending.put("POST /api/v1/indicators/reports/{id}/publish", ONE_RECORD);
        pending.put("POST /api/v1/accountability/cases", CREATE_BODY);
        return pending;
    }

    static List<MatrixModule> all() {
        return List.of(accountability(), litigation(), indicators(), inspections(), publicInspections(), disclosure(),
                publicDisclosure(), publicity(), publicPublicity(), disputes(),
                reconsideration(), publicReconsideration(), decisions(), publicDecisions(), enforcement(),
                publicEnforcement(), suggestions());
    }

    /** 问责 (accountability-design.md): the 法治办 alone takes the steps; leaders and reviewers read. */
    static MatrixModule accountability() {
        return MatrixModule.of("/api/v1/accountability")
                .record("/cases/{id}", (fx, s) -> fx.accountability(s))
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

    /**
     * 人大代表建议和政协提案 (suggestions-design.md): all staff read within their scope; the coordinating
     * unit's 法治办 registers and assigns (交办); the handling staff (drafting offices and the 法治办) of the lead
     * unit answer, extend, record the feedback form and publish, of a co-unit give its opinion, and reveal the
     * proposers' contact with a reason.
     */
    static MatrixModule suggestions() {
        return MatrixModule.of("/api/v1/suggestions")
                .record("/{id}", (fx, s) -> fx.suggestion(s))
                .op("GET ", STAFF)
                .op("POST ", ROLO, "{\"coordinatorUnitId\":{unit},\"kind\":\"NPC_SUGGESTION\",\"number\":\"矩阵{n}\","
                        + "\"sessionName\":\"矩阵会议\",\"sessionYear\":{year},\"proposers\":\"某代表\","
                        + "\"title\":\"矩阵建议\",\"content\":\"建议内容\",\"receivedOn\":\"{today}\",\"concernsNormdocs\":false}").scoped()
                .op("GET /{id}", STAFF)
                .op("GET /{id}/guide", STAFF)
                .op("POST /{id}/reveal", DRAFTERS, "{\"reason\":\"回访代表\"}")
                .op("POST /{id}/assignment", ROLO, "{\"leadUnitId\":{unit},\"assignedOn\":\"{today}\",\"difficult\":false}")
                .op("POST /{id}/opinions", DRAFTERS, "{\"unitId\":{unit},\"opinion\":\"会办意见\","
                        + "\"givenOn\":\"{today}\"}")
                .op("POST /{id}/extension", DRAFTERS, "{\"reason\":\"涉及面广\"}")
                .op("POST /{id}/answer", DRAFTERS, "{\"category\":\"A\",\"text\":\"答复\",\"answeredOn\":\"{today}\"}")
                .op("POST /{id}/feedback", DRAFTERS, "{\"satisfaction\":\"SATISFIED\",\"receivedOn\":\"{today}\"}")
                .op("POST /{id}/publication", DRAFTERS, "{}");
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
                .op("GET /appearance", STAFF).param("unitId", "{unit}", "year", "{year}").scoped();
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
                .op("POST /rounds", ROLO).scoped().accepts("nothing-to-assess")
                .op("GET /rounds/{id}", OVERSEERS)
                .op("POST /rounds/{id}/units/{unitId}/indicators/{indicatorId}/self", ROLO).accepts("unit")
                .op("POST /rounds/{id}/units/{unitId}/indicators/{indicatorId}/review", ROLO).accepts("unit")
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
        return MatrixModule.of("/api/v1/inspections", "SFX-SJJ", "SFX-ZHZF")
                .record("/plans/{id}", (fx, s) -> fx.claimTo("inspection_plan", "unit_id", agency(fx, s), "1 = 1"))
                .record("/plans/{id}/tasks/{taskId}", (fx, s) -> {
                    long plan = fx.claimTo("inspection_plan", "unit_id", agency(fx, s),
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

    /** The unit of the county's market bureau (own) or comprehensive enforcement bureau (other). */
    private static long agency(MatrixFixtures fx, MatrixFixtures.Side s) {
        return fx.unitId(s == MatrixFixtures.Side.OWN ? "SFX-SJJ" : "SFX-ZHZF");
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

    /**
     * 政府信息公开 (disclosure-design.md): all staff read; the handling office (drafting staff and the
     * 法治办) registers, corrects, consults, extends, replies, reveals the requester and keeps the annual
     * report.
     */
    static MatrixModule disclosure() {
        return MatrixModule.of("/api/v1/disclosure")
                .record("/requests/{id}", (fx, s) -> fx.claim("disclosure_request", "unit_id", s))
                .record("/reports/{id}", (fx, s) -> fx.claim("disclosure_report", "unit_id", s))
                .op("GET /requests", STAFF)
                .op("POST /requests", DRAFTERS).scoped()
                .op("GET /requests/{id}", STAFF)
                .op("GET /requests/{id}/guide", STAFF)
                .op("POST /requests/{id}/reveal", DRAFTERS)
                .op("POST /requests/{id}/correction-notice", DRAFTERS)
                .op("POST /requests/{id}/correction-received", DRAFTERS)
                .op("POST /requests/{id}/consultation", DRAFTERS)
                .op("POST /requests/{id}/consultation-end", DRAFTERS)
                .op("POST /requests/{id}/extension", DRAFTERS)
                .op("POST /requests/{id}/reply", DRAFTERS)
                .op("GET /requests/{id}/letter", DRAFTERS)
                .op("GET /reports", STAFF)
                .op("POST /reports", DRAFTERS).scoped()
                .op("GET /reports/{id}", STAFF)
                .op("GET /reports/{id}/guide", STAFF)
                .op("POST /reports/{id}/texts", DRAFTERS)
                .op("POST /reports/{id}/cells", DRAFTERS)
                .op("POST /reports/{id}/submit", DRAFTERS)
                .op("POST /reports/{id}/approve", DRAFTERS)
                .op("POST /reports/{id}/return", DRAFTERS)
                .op("GET /reports/{id}/docx", STAFF);
    }

    /** The public side of disclosure: filing and tracking a request, the published annual reports. */
    static MatrixModule publicDisclosure() {
        return MatrixModule.of("/api/v1/public/disclosure")
                .record("/reports/{id}", (fx, s) -> fx.first("select min(id) from disclosure_report"
                        + " where status = 'PUBLISHED'"))
                .op("POST /requests", PUBLIC)
                .op("POST /track", PUBLIC).accepts("receipt")
                .op("GET /reports", PUBLIC)
                .op("GET /reports/{id}", PUBLIC).unscoped()
                .op("GET /reports/{id}/docx", PUBLIC).unscoped();
    }

    /**
     * 普法 (publicity-design.md): all staff read; those who do the work (Reporters: 法治办, reviewers,
     * drafting offices, enforcement officers) keep duty lines, activities, trainings and exams; the
     * 法治办 reviews duties and keeps vice-principals, literate persons and model villages.
     */
    static MatrixModule publicity() {
        Set<Role> reporters = EnumSet.of(Role.RULE_OF_LAW_OFFICE, Role.LEGAL_REVIEWER, Role.DRAFTER,
                Role.ENFORCEMENT_OFFICER);
        return MatrixModule.of("/api/v1/publicity")
                .record("/activities/{id}", (fx, s) -> fx.claim("publicity_activity", "unit_id", s))
                .record("/trainings/{id}", (fx, s) -> fx.claim("training_session", "unit_id", s))
                .record("/exams/{id}", (fx, s) -> fx.claim("law_exam", "unit_id", s))
                .record("/vice-principals/{id}", (fx, s) -> fx.claim("vice_principal", "unit_id", s))
                .record("/literate-persons/{id}", (fx, s) -> fx.claim("legal_literate_person", "village_unit_id", s))
                .op("GET /duties", STAFF)
                .op("POST /duties", reporters).scoped()
                .op("GET /duties/status", STAFF)
                .op("POST /duties/reviews", ROLO).scoped()
                .op("GET /activities", STAFF)
                .op("POST /activities", reporters).scoped()
                .op("GET /activities/{id}", STAFF)
                .op("GET /activities/{id}/guide", STAFF)
                .op("POST /activities/{id}/announcement", reporters)
                .op("POST /activities/{id}/held", reporters)
                .op("POST /activities/{id}/cancellation", reporters)
                .op("GET /activities/{id}/materials", STAFF)
                .op("GET /trainings", STAFF)
                .op("POST /trainings", reporters).scoped()
                .op("GET /trainings/{id}", STAFF)
                .op("GET /trainings/{id}/attendance", STAFF)
                .op("POST /trainings/{id}/attendance", reporters)
                .op("GET /exams", STAFF)
                .op("POST /exams", reporters).scoped()
                .op("GET /exams/{id}", STAFF)
                .op("GET /exams/{id}/results", STAFF)
                .op("POST /exams/{id}/results", reporters)
                .op("GET /exam-results", STAFF).param("person", "staff:mx1")
                .op("GET /vice-principals", STAFF)
                .op("POST /vice-principals", ROLO).scoped()
                .op("POST /vice-principals/{id}/ending", ROLO)
                .op("GET /literate-persons", STAFF)
                .op("POST /literate-persons", ROLO).scoped()
                .op("POST /literate-persons/{id}/ending", ROLO)
                .op("GET /model-villages", STAFF)
                .op("POST /model-villages", ROLO).scoped();
    }

    /** The public calendar of publicity activities. */
    static MatrixModule publicPublicity() {
        return MatrixModule.of("/api/v1/public/publicity")
                .op("GET /activities", PUBLIC);
    }

    /**
     * 矛盾纠纷化解 (disputes-design.md): all staff read; the handling offices (drafting staff and the
     * 法治办) keep mediation organisations, cases, petitions, legal aid and legal services, and alone
     * reveal a party's identity.
     */
    private static final String PARTY = "{\"side\":\"APPLICANT\",\"personName\":\"某甲\"}";

    static MatrixModule disputes() {
        return MatrixModule.of("/api/v1/disputes")
                .record("/orgs/{id}", (fx, s) -> fx.claim("mediation_org", "unit_id", s))
                .placeholder("org", (fx, s) -> fx.claim("mediation_org", "unit_id", s))
                .record("/orgs/{id}/mediators/{mediatorId}", (fx, s) -> {
                    long org = fx.claim("mediation_org", "unit_id", s,
                            "exists (select 1 from mediator m where m.org_id = mediation_org.id)");
                    return new long[] {org, fx.first("select min(id) from mediator where org_id = ?", org)};
                })
                .record("/cases/{id}", (fx, s) -> fx.claim("mediation_case", "unit_id", s))
                .record("/cases/{id}/parties/{partyId}", (fx, s) -> {
                    long c = fx.claim("mediation_case", "unit_id", s,
                            "exists (select 1 from mediation_party p where p.case_id = mediation_case.id)");
                    return new long[] {c, fx.first("select min(id) from mediation_party where case_id = ?", c)};
                })
                .record("/staff/{id}", (fx, s) -> fx.claim("admin_mediation_staff", "unit_id", s))
                .record("/service-points/{id}", (fx, s) -> fx.claim("legal_service_point", "unit_id", s))
                .record("/petitions/{id}", (fx, s) -> fx.claim("petition", "unit_id", s))
                .record("/legal-aid/{id}", (fx, s) -> fx.claim("legal_aid_case", "unit_id", s))
                .op("GET /orgs", STAFF)
                .op("POST /orgs", DRAFTERS).scoped()
                .op("GET /orgs/{id}", STAFF)
                .op("POST /orgs/{id}/dissolution", DRAFTERS)
                .op("GET /orgs/{id}/mediators", STAFF)
                .op("POST /orgs/{id}/mediators", DRAFTERS)
                .op("POST /orgs/{id}/mediators/{mediatorId}/leaving", DRAFTERS)
                .op("GET /coverage/committees", STAFF)
                .op("GET /cases", STAFF)
                .op("POST /cases", DRAFTERS, "{\"orgId\":{org},\"receivedOn\":\"{today}\",\"source\":\"APPLICATION\","
                        + "\"category\":\"NEIGHBOUR\",\"summary\":\"矩阵纠纷\",\"parties\":[" + PARTY + "]}").scoped()
                .op("GET /cases/{id}", STAFF)
                .op("GET /cases/{id}/guide", STAFF)
                .op("GET /cases/{id}/parties", STAFF)
                .op("POST /cases/{id}/parties", DRAFTERS, PARTY)
                .op("POST /cases/{id}/parties/{partyId}/reveal", DRAFTERS)
                .op("POST /cases/{id}/refusal", DRAFTERS)
                .op("POST /cases/{id}/acceptance", DRAFTERS)
                .op("POST /cases/{id}/declining", DRAFTERS)
                .op("POST /cases/{id}/agreement", DRAFTERS)
                .op("POST /cases/{id}/failure", DRAFTERS)
                .op("POST /cases/{id}/confirmation", DRAFTERS)
                .op("POST /cases/{id}/fulfilment", DRAFTERS)
                .op("GET /cases/{id}/window", STAFF)
                .op("GET /resolution", STAFF)
                .op("GET /staff", STAFF)
                .op("POST /staff", DRAFTERS).scoped()
                .op("POST /staff/{id}/ending", DRAFTERS)
                .op("GET /staffing", STAFF)
                .op("GET /service-points", STAFF)
                .op("POST /service-points", DRAFTERS).scoped()
                .op("POST /service-points/{id}/closing", DRAFTERS)
                .op("POST /service-points/{id}/tallies", DRAFTERS)
                .op("GET /tallies", STAFF)
                .op("GET /advisers", STAFF)
                .op("POST /advisers", DRAFTERS).scoped()
                .op("GET /coverage/advisers", STAFF)
                .op("GET /petitions", STAFF)
                .op("POST /petitions", DRAFTERS).scoped()
                .op("GET /petitions/{id}", STAFF)
                .op("GET /petitions/{id}/guide", STAFF)
                .op("POST /petitions/{id}/acceptance", DRAFTERS)
                .op("POST /petitions/{id}/non-acceptance", DRAFTERS)
                .op("POST /petitions/{id}/transfer", DRAFTERS)
                .op("POST /petitions/{id}/extension", DRAFTERS)
                .op("POST /petitions/{id}/reply", DRAFTERS)
                .op("POST /petitions/{id}/reveal", DRAFTERS)
                .op("GET /receptions", STAFF)
                .op("POST /receptions", DRAFTERS).scoped()
                .op("GET /legal-aid", STAFF)
                .op("POST /legal-aid", DRAFTERS).scoped()
                .op("GET /legal-aid/{id}", STAFF)
                .op("POST /legal-aid/{id}/decision", DRAFTERS)
                .op("POST /legal-aid/{id}/closing", DRAFTERS)
                .op("POST /legal-aid/{id}/reveal", DRAFTERS);
    }

    /**
     * 行政复议 (reconsideration-design.md): all staff read; the 行政复议机构's handlers (法治办 and legal
     * reviewers of the body's unit) take every handling step; the respondent answers and a letter's
     * recipient reports (here the callers are the handling unit's, so only handlers do); the 法治办
     * registers bodies.
     */
    static MatrixModule reconsideration() {
        MatrixModule m = MatrixModule.of("/api/v1/reconsideration")
                .record("/cases/{id}", (fx, s) -> fx.claim("reconsideration_case", "unit_id", s))
                .record("/letters/{id}", (fx, s) -> fx.claim("reconsideration_letter", "unit_id", s))
                .op("GET /cases", STAFF)
                .op("POST /cases", HANDLERS).scoped()
                .op("GET /cases/{id}", STAFF)
                .op("GET /cases/{id}/guide", STAFF);
        for (String step : List.of("correction-notice", "correction-receipt", "correction-extension", "acceptance",
                "refusal", "withdrawal", "copy", "answer", "hearings", "hearing-record", "views", "extension",
                "conversion", "suspension", "resumption", "suspension-end", "normdoc-review", "normdoc-review/notice",
                "normdoc-review/answer", "normdoc-review/forwarding", "normdoc-review/conclusion", "mediation",
                "decision", "termination", "letters")) {
            m.op("POST /cases/{id}/" + step, HANDLERS);
        }
        return m.op("GET /letters", STAFF)
                .op("GET /letters/{id}", STAFF)
                .op("POST /letters/{id}/report", HANDLERS)
                .op("GET /statistics", STAFF).param("unitId", "{unit}", "year", "{year}").scoped()
                .op("GET /bodies", STAFF)
                .op("POST /bodies", ROLO).scoped();
    }

    /** The public side of reconsideration: bodies and their respondents, applying, looking up by receipt. */
    static MatrixModule publicReconsideration() {
        return MatrixModule.of("/api/v1/public/reconsideration")
                .fromList("/bodies/{id}", "/api/v1/public/reconsideration/bodies", "$..id")
                .op("GET /bodies", PUBLIC)
                .op("GET /bodies/{id}/respondents", PUBLIC).unscoped()
                .op("POST /applications", PUBLIC)
                .op("POST /lookup", PUBLIC).accepts("reconsideration-application");
    }

    /**
     * 重大行政决策 (decisions-design.md): drafting offices, the 法治办, reviewers and leaders read; the
     * sponsoring office (drafting staff and the 法治办) carries catalogs, decisions, meetings and experts.
     */
    static MatrixModule decisions() {
        MatrixModule m = MatrixModule.of("/api/v1/decisions")
                .record("/{id}", (fx, s) -> fx.claim("major_decision", "unit_id", s))
                .record("/{id}/expert-opinions/{opinionId}", (fx, s) -> {
                    long d = fx.claim("major_decision", "unit_id", s,
                            "exists (select 1 from decision_expert_opinion o where o.decision_id = major_decision.id)");
                    return new long[] {d, fx.first("select min(id) from decision_expert_opinion where decision_id = ?",
                            d)};
                })
                .record("/{id}/milestones/{milestoneId}", (fx, s) -> {
                    long d = fx.claim("major_decision", "unit_id", s,
                            "exists (select 1 from decision_milestone o where o.decision_id = major_decision.id)");
                    return new long[] {d, fx.first("select min(id) from decision_milestone where decision_id = ?", d)};
                })
                .record("/meetings/{id}", (fx, s) -> fx.claim("government_meeting", "unit_id", s))
                .record("/meetings/{id}/topics/{topicId}", (fx, s) -> {
                    long g = fx.claim("government_meeting", "unit_id", s,
                            "exists (select 1 from meeting_topic t where t.meeting_id = government_meeting.id)");
                    return new long[] {g, fx.first("select min(id) from meeting_topic where meeting_id = ?", g)};
                })
                .record("/experts/{id}", (fx, s) -> fx.claim("decision_expert", "unit_id", s))
                .record("/catalogs/{id}", (fx, s) -> fx.claim("decision_catalog", "unit_id", s))
                .record("/catalogs/{id}/items/{itemId}", (fx, s) -> {
                    long c = fx.claim("decision_catalog", "unit_id", s,
                            "exists (select 1 from decision_catalog_item i where i.catalog_id = decision_catalog.id)");
                    return new long[] {c, fx.first("select min(id) from decision_catalog_item where catalog_id = ?", c)};
                })
                .op("GET ", READERS)
                .op("POST ", DRAFTERS).scoped();
        for (String read : List.of("", "/guide", "/procedures", "/versions", "/process-record")) {
            m.op("GET /{id}" + read, READERS);
        }
        m.op("PUT /{id}/attributes", DRAFTERS);
        for (String step : List.of("versions", "waivers", "consultation", "consultation/closure", "hearings",
                "hearing/delivery", "hearing/record", "hearing/cancellation", "polls", "argumentations",
                "expert-opinions/{opinionId}/answer", "risk-assessments", "review-submission", "publication",
                "milestones", "milestones/{milestoneId}/completion", "progress", "evaluations", "suspension",
                "resumption", "change", "stop", "archive")) {
            m.op("POST /{id}/" + step, DRAFTERS);
        }
        m.op("PUT /{id}/hearing/participants", DRAFTERS)
                .op("GET /meetings", READERS)
                .op("POST /meetings", DRAFTERS).scoped()
                .op("GET /meetings/{id}", READERS);
        for (String step : List.of("decision-topics", "topics", "topics/{topicId}/review-submission",
                "topics/{topicId}/removal", "attendance", "topics/{topicId}/deliberation", "closure", "cancellation")) {
            // tabling a decision is the deciding government's: another unit's staff are told so
            m.op("POST /meetings/{id}/" + step, DRAFTERS).accepts("not-deciding-government");
        }
        m.op("GET /experts", READERS)
                .op("POST /experts", DRAFTERS).scoped()
                .op("GET /experts/{id}", READERS)
                .op("PUT /experts/{id}", DRAFTERS)
                .op("POST /experts/{id}/status", DRAFTERS)
                .op("GET /catalogs", READERS)
                .op("POST /catalogs", DRAFTERS).scoped()
                .op("GET /catalogs/startable-items", READERS)
                .op("GET /catalogs/{id}", READERS)
                .op("GET /catalogs/{id}/guide", READERS)
                .op("POST /catalogs/{id}/items", DRAFTERS)
                .op("PUT /catalogs/{id}/items/{itemId}", DRAFTERS)
                .op("DELETE /catalogs/{id}/items/{itemId}", DRAFTERS)
                .op("POST /catalogs/{id}/approval", DRAFTERS)
                .op("POST /catalogs/{id}/publication", DRAFTERS)
                .op("POST /catalogs/{id}/amendments", DRAFTERS);
        return m;
    }

    /** The public side of decisions: published catalogs and decisions, announced hearings. */
    static MatrixModule publicDecisions() {
        return MatrixModule.of("/api/v1/public")
                .fromList("/decisions/catalogs/{id}", "/api/v1/public/decisions/catalogs", "$..id")
                .fromList("/decisions/{id}", "/api/v1/public/decisions", "$..id")
                .fromList("/hearings/{id}", "/api/v1/public/hearings", "$..id")
                .op("GET /decisions/catalogs", PUBLIC)
                .op("GET /decisions/catalogs/{id}", PUBLIC).unscoped()
                .op("GET /decisions", PUBLIC)
                .op("GET /decisions/{id}", PUBLIC).unscoped()
                .op("GET /hearings", PUBLIC)
                .op("GET /hearings/{id}", PUBLIC).unscoped();
    }

    /**
     * 行政执法 (enforcement-design.md), called from the county market bureau on its records and on the
     * county's comprehensive enforcement bureau's: all staff read; enforcement officers alone carry
     * cases (the review desk acts on a case only through its review) and import them; officers and the
     * 法治办 keep reviewers, review catalogs, officers' exams, benchmarks, exemptions and statistics; the
     * 法治办 registers agencies and decides certificates and officers' status.
     */
    static MatrixModule enforcement() {
        String own = "SFX-SJJ";
        String other = "SFX-ZHZF";
        MatrixModule m = MatrixModule.of("/api/v1/enforcement", own, other)
                .placeholder("agency", (fx, s) -> fx.idOf("enforcement_agency", "unit_id", agency(fx, s)))
                .record("/cases/{id}", (fx, s) -> fx.idOf("enforcement_case", "unit_id",
                        fx.unitId(s == MatrixFixtures.Side.OWN ? own : other)))
                .record("/agencies/{id}", (fx, s) -> fx.idOf("enforcement_agency", "unit_id",
                        fx.unitId(s == MatrixFixtures.Side.OWN ? own : other)))
                .record("/officers/{id}", (fx, s) -> fx.first("select min(o.id) from enforcement_officer o join"
                        + " enforcement_agency a on a.id = o.agency_id where a.unit_id = ?",
                        fx.unitId(s == MatrixFixtures.Side.OWN ? own : other)))
                .record("/statistics/{agencyId}/{year}", (fx, s) -> new long[] {fx.idOf("enforcement_agency",
                        "unit_id", fx.unitId(s == MatrixFixtures.Side.OWN ? own : other)), fx.year()})
                .record("/imports/jobs/{id}", (fx, s) -> "matrix-no-such-job")
                .op("GET /cases", STAFF)
                .op("POST /cases", ENFORCERS).scoped()
                .op("POST /cases/summary", ENFORCERS).scoped()
                .op("GET /cases/{id}", STAFF)
                .op("GET /cases/{id}/guide", STAFF)
                .op("GET /cases/{id}/acts", STAFF)
                .op("GET /cases/{id}/evidence", STAFF)
                .upload("POST /cases/{id}/evidence", ENFORCERS, "file")
                .param("title", "矩阵证据", "kind", "DOCUMENT", "stage", "INVESTIGATION");
        for (String step : List.of("team", "acts", "proposal", "notice", "waiver", "hearing-request",
                "hearing-schedule", "hearing", "review", "discussion", "decision", "service", "execution", "closing",
                "termination", "archive", "extension", "publication", "change", "withdrawal", "transfers")) {
            m.op("POST /cases/{id}/" + step, ENFORCERS);
        }
        return m.op("GET /cases/{id}/publication", STAFF)
                .op("GET /agencies", STAFF)
                .op("POST /agencies", ROLO).scoped()
                .op("GET /agencies/{id}", STAFF)
                .op("PUT /agencies/{id}", ROLO)
                .op("GET /agencies/{id}/power-items", STAFF)
                .op("GET /agencies/{id}/reviewers", STAFF)
                .op("POST /agencies/{id}/reviewers", OFFICERS)
                .op("GET /agencies/{id}/ratio", STAFF)
                .op("GET /ratios", STAFF)
                .op("GET /agencies/{id}/catalog", STAFF)
                .op("POST /agencies/{id}/catalog", OFFICERS)
                .op("GET /officers", STAFF)
                .op("POST /officers", OFFICERS, "{\"agencyId\":{agency},\"name\":\"矩阵执法员\",\"kind\":\"OFFICER\"}")
                .scoped()
                .op("GET /officers/{id}", STAFF)
                .op("GET /officers/{id}/exams", STAFF)
                .op("POST /officers/{id}/exams", OFFICERS)
                .op("POST /officers/{id}/certificate", ROLO)
                .op("POST /officers/{id}/status", ROLO)
                .op("GET /benchmarks", STAFF)
                .op("POST /benchmarks", OFFICERS).scoped()
                .op("GET /exemptions", STAFF)
                .op("POST /exemptions", OFFICERS).scoped()
                .op("GET /publicity", STAFF)
                .op("GET /statistics", STAFF).param("year", "{year}")
                .op("POST /statistics/{agencyId}/{year}", OFFICERS)
                .op("GET /imports/template", ENFORCERS)
                .upload("POST /imports", ENFORCERS, "file").param("source", "matrix")
                .upload("POST /imports/jobs", ENFORCERS, "file").param("source", "matrix")
                .op("GET /imports/jobs/{id}", ENFORCERS).unscoped().accepts("import-job");
    }

    /** The public side of enforcement: certificates, agencies, published decisions, benchmarks, statistics. */
    static MatrixModule publicEnforcement() {
        return MatrixModule.of("/api/v1/public/enforcement")
                .fromList("/agencies/{id}", "/api/v1/public/enforcement/agencies", "$..id")
                .fromList("/decisions/{id}", "/api/v1/public/enforcement/decisions", "$..id")
                .op("GET /certificates", PUBLIC)
                .op("GET /agencies", PUBLIC)
                .op("GET /agencies/{id}", PUBLIC).unscoped()
                .op("GET /decisions", PUBLIC)
                .op("GET /decisions/{id}", PUBLIC).unscoped()
                .op("GET /benchmarks", PUBLIC)
                .op("GET /exemptions", PUBLIC)
                .op("GET /guiding-cases", PUBLIC)
                .op("GET /statistics", PUBLIC);
    }
}
