package org.fazhi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.MatrixFixtures.Side.OTHER;
import static org.fazhi.MatrixFixtures.Side.OWN;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.fazhi.MatrixFixtures.Side;
import org.fazhi.support.FazhiIT;
import org.fazhi.units.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The authorization matrix (SECURITY.md AC-01, AC-05, AC-06): every operation of the OpenAPI document
 * ({@code /v3/api-docs}) is called by every role, and anonymously, on a record of the caller's own
 * unit and on one of another unit, and must answer as declared below, once per operation: who may
 * call it, and whether it concerns a record whose unit must be in the caller's scope. An operation
 * the document lists but this table does not declare fails the build, and so does a declared one the
 * document no longer lists.
 * <ul>
 * <li>anonymous: 401, unless the operation is public;</li>
 * <li>a role not allowed: refused (403, or 404 for a record it may not even see, or 409 with a role
 * or scope refusal code of a procedure), on its own unit's record as on another's;</li>
 * <li>an allowed role: reaches the operation on its own unit's record (any answer but a refusal: a
 * 409 because of the record's state is fine), and is refused on another unit's record (404).</li>
 * </ul>
 * Known gaps of modules being reworked are listed in {@link #KNOWN_GAPS}: there the test asserts the
 * gap is still open and fails once it is closed, so the list only shrinks. The outcome of every call
 * is written to {@code target/authorization-matrix.md}.
 */
/*
 * A database of its own (asked for openly, through properties): the matrix makes hundreds of records
 * in two townships, which would crowd the first pages other tests of the shared database look at.
 */
@FazhiIT(properties = {"spring.datasource.url=jdbc:h2:mem:authorization-matrix;MODE=PostgreSQL;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa", "spring.datasource.password="})
@DisabledIfSystemProperty(named = "fazhi.it.database", matches = "postgresql",
        disabledReason = "who may call what does not depend on the database: once, in the H2 pass, keeps CI short")
class AuthorizationMatrixIT {

    /** 409 codes that refuse a caller (role or acting unit), not a state of the record. */
    static final Set<String> REFUSAL_CODES = Set.of("not-desk-reviewer", "not-drafting-unit",
            "not-registering-office", "separation-of-duties", "body-not-of-unit", "not-submitting-unit", "role",
            "not-handling-unit", "not-sponsoring-unit", "not-list-unit", "not-plan-unit", "not-owner-unit",
            "not-meeting-unit", "not-lead-unit", "not-inspecting-unit", "not-catalog-unit",
            "not-deciding-government", "not-responsible-unit", "not-an-officer", "only-the-superior-reviews", "not-party",
            "only-the-unit-assesses-itself", "not-coordinator", "not-co-unit");

    static final Set<Role> ALL = EnumSet.allOf(Role.class);
    static final Set<Role> STAFF = Role.businessRoles();
    static final Set<Role> NORMDOCS = EnumSet.of(Role.DRAFTER, Role.RULE_OF_LAW_OFFICE, Role.LEGAL_REVIEWER,
            Role.LEADER);
    static final Set<Role> DRAFTERS = EnumSet.of(Role.DRAFTER, Role.RULE_OF_LAW_OFFICE);
    static final Set<Role> ROLO = EnumSet.of(Role.RULE_OF_LAW_OFFICE);
    static final Set<Role> REVIEWER = EnumSet.of(Role.LEGAL_REVIEWER);

    /**
     * Gaps found by this matrix in modules being reworked: operation → the roles that reach it but
     * should not. The test fails when one of them is refused (the gap is closed: take it off the list).
     * Empty since the review desk's withdrawal became the submitting unit's alone (drafting staff or
     * 法治办 in its scope: ReviewDeskIT.theSubmitterWithdrawsAnOpenRequestAndItsDeadlineIsCancelled).
     */
    static final Map<String, Set<Role>> KNOWN_GAPS = Map.of();

    /**
     * Path prefixes of modules merged before their operations are declared one by one (none today: the
     * kernel and normdocs are declared here, the other modules in {@link MatrixModules}).
     * Until a listed module is declared, each of its operations is still called anonymously and must ask
     * for sign-in (401), or under /api/v1/public/ answer without a refusal and without a server error.
     * An operation outside both the declarations and these prefixes still fails the build. The list
     * only shrinks: declare a module's operations, then take its prefix off.
     */
    static final List<String> PENDING_MODULES = List.of();

    static boolean pending(String operation) {
        String path = operation.substring(operation.indexOf(' ') + 1);
        return MatrixModules.PENDING_OPERATIONS.containsKey(operation)
                || PENDING_MODULES.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
    }

    /** One request to make. */
    record Call(String method, String path, String json, MockMultipartFile file, Map<String, String> params) {

        static Call of(String method, String path) {
            return new Call(method, path, null, null, Map.of());
        }

        Call json(String body) {
            return new Call(method, path, body, file, params);
        }

        Call file(MockMultipartFile f, String... kv) {
            Map<String, String> p = new LinkedHashMap<>(params);
            for (int i = 0; i < kv.length; i += 2) {
                p.put(kv[i], kv[i + 1]);
            }
            return new Call(method, path, json, f, p);
        }

        Call param(String... kv) {
            Map<String, String> p = new LinkedHashMap<>(params);
            for (int i = 0; i < kv.length; i += 2) {
                p.put(kv[i], kv[i + 1]);
            }
            return new Call(method, path, json, file, p);
        }
    }

    /**
     * An operation: who may call it ({@code null}: anyone, signed in or not), whether the record of
     * another unit must be refused, and how to call it for a role on a side (fixtures made fresh per
     * operation where it changes or consumes them). {@code ownAccepts}: on the own side, a 404 for this
     * entity or a 409 with this code is an answer, not a refusal (no filing yet; an attachment a caller
     * before removed; registration, which is the county's registering office's and never a township's).
     */
    record Op(Set<Role> allowed, boolean scoped, BiFunction<Role, Side, Call> call, List<String> ownAccepts,
            String ownUnit) {

        boolean isPublic() {
            return allowed == null;
        }
    }

    @Autowired
    MockMvcTester mvc;
    @Autowired
    ApplicationContext ctx;

    MatrixFixtures fx;
    String apiDocs;
    final Map<String, Op> ops = new LinkedHashMap<>();

    // ----- declaring

    private void op(String key, Set<Role> allowed, boolean scoped, BiFunction<Role, Side, Call> call) {
        op(key, allowed, scoped, call, null);
    }

    private void op(String key, Set<Role> allowed, boolean scoped, BiFunction<Role, Side, Call> call,
            String ownAccepts) {
        if (ops.put(key, new Op(allowed, scoped, call, ownAccepts == null ? List.of() : List.of(ownAccepts), null))
                != null) {
            throw new IllegalStateException("declared twice: " + key);
        }
    }

    /** An operation on one record per side, made fresh for the operation. */
    private BiFunction<Role, Side, Call> onFresh(java.util.function.Function<Side, Object> make,
            BiFunction<Object, Side, Call> call) {
        Map<Side, Object> made = new java.util.EnumMap<>(Side.class);
        return (role, side) -> call.apply(made.computeIfAbsent(side, make), side);
    }

    private static BiFunction<Role, Side, Call> plain(String method, String path) {
        return (role, side) -> Call.of(method, path);
    }

    /** A number per caller (anonymous too), for names that must not collide. */
    private static int n(Role r) {
        return r == null ? 9 : r.ordinal();
    }

    private String today() {
        return LocalDate.now(ctx.getBean(java.time.Clock.class)).toString();
    }

    private void declare() {
        String unique = Long.toString(System.nanoTime(), 36);
        // --- the caller's own account
        op("GET /api/v1/account", ALL, false, plain("GET", "/api/v1/account"));
        op("PUT /api/v1/account/password", ALL, false, (r, s) -> Call.of("PUT", "/api/v1/account/password")
                .json("{\"currentPassword\":\"not-the-password\",\"newPassword\":\"Qz8#Matrix-Other-1\"}"));
        op("GET /api/v1/account/tokens", ALL, false, plain("GET", "/api/v1/account/tokens"));
        op("POST /api/v1/account/tokens", ALL, false, (r, s) -> Call.of("POST", "/api/v1/account/tokens")
                .json("{\"name\":\"matrix\",\"validHours\":1}"));
        op("DELETE /api/v1/account/tokens/{id}", ALL, true,
                (r, s) -> Call.of("DELETE", "/api/v1/account/tokens/" + fx.token(r, s)));
        // --- accounts (三员分立: system administrator keeps them, security administrator grants roles)
        op("GET /api/v1/users", ALL, false, plain("GET", "/api/v1/users"));
        op("GET /api/v1/users/{id}", ALL, true, onFresh(fx::account, (id, s) -> Call.of("GET", "/api/v1/users/" + id)));
        op("POST /api/v1/users", EnumSet.of(Role.SYSTEM_ADMIN), true, (r, s) -> Call.of("POST", "/api/v1/users")
                .json("{\"username\":\"mxn" + unique + n(r) + s.ordinal() + "\",\"displayName\":\"新\",\"unitId\":"
                        + fx.unit(s) + "}"));
        op("PUT /api/v1/users/{id}", EnumSet.of(Role.SYSTEM_ADMIN), true, onFresh(fx::account,
                (id, s) -> Call.of("PUT", "/api/v1/users/" + id).json("{\"displayName\":\"矩阵对象\",\"unitId\":"
                        + fx.unit(s) + "}")));
        op("PUT /api/v1/users/{id}/roles", EnumSet.of(Role.SECURITY_ADMIN), true, onFresh(fx::account,
                (id, s) -> Call.of("PUT", "/api/v1/users/" + id + "/roles").json("{\"roles\":[\"LEADER\"]}")));
        op("POST /api/v1/users/{id}/password-reset", EnumSet.of(Role.SYSTEM_ADMIN), true, onFresh(fx::account,
                (id, s) -> Call.of("POST", "/api/v1/users/" + id + "/password-reset")));
        op("POST /api/v1/users/{id}/unlock", EnumSet.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN), true,
                onFresh(fx::account, (id, s) -> Call.of("POST", "/api/v1/users/" + id + "/unlock")));
        op("POST /api/v1/users/{id}/second-factor/reset", EnumSet.of(Role.SECURITY_ADMIN), true, onFresh(fx::account,
                (id, s) -> Call.of("POST", "/api/v1/users/" + id + "/second-factor/reset")));
        op("POST /api/v1/users/{id}/activation", Role.administratorRoles(), true, onFresh(fx::account,
                (id, s) -> Call.of("POST", "/api/v1/users/" + id + "/activation")));
        op("POST /api/v1/users/service-accounts", EnumSet.of(Role.SYSTEM_ADMIN), true,
                (r, s) -> Call.of("POST", "/api/v1/users/service-accounts").json("{\"username\":\"mxs" + unique
                        + n(r) + s.ordinal() + "\",\"displayName\":\"接口\",\"unitId\":" + fx.unit(s) + "}"));
        op("GET /api/v1/users/{id}/tokens", EnumSet.of(Role.SECURITY_ADMIN), true, onFresh(fx::account,
                (id, s) -> Call.of("GET", "/api/v1/users/" + id + "/tokens")));
        op("POST /api/v1/users/{id}/tokens", EnumSet.of(Role.SECURITY_ADMIN), true, onFresh(fx::account,
                (id, s) -> Call.of("POST", "/api/v1/users/" + id + "/tokens")
                        .json("{\"name\":\"x\",\"scopes\":[\"normdocs:read\"]}")));
        op("DELETE /api/v1/users/{id}/tokens/{tokenId}", EnumSet.of(Role.SECURITY_ADMIN), true, onFresh(fx::account,
                (id, s) -> Call.of("DELETE", "/api/v1/users/" + id + "/tokens/1")));
        op("GET /api/v1/users/export", ALL, false, plain("GET", "/api/v1/users/export"));
        op("GET /api/v1/users/import/template", ALL, false, plain("GET", "/api/v1/users/import/template"));
        op("POST /api/v1/users/import", EnumSet.of(Role.SYSTEM_ADMIN), false, (r, s) -> Call.of("POST",
                "/api/v1/users/import").file(sheet()));
        op("GET /api/v1/users/role-grants/import/template", ALL, false,
                plain("GET", "/api/v1/users/role-grants/import/template"));
        op("POST /api/v1/users/role-grants/import", EnumSet.of(Role.SECURITY_ADMIN), false, (r, s) -> Call.of("POST",
                "/api/v1/users/role-grants/import").file(sheet()));
        // --- units
        op("GET /api/v1/units", ALL, false, plain("GET", "/api/v1/units"));
        op("GET /api/v1/units/{id}", ALL, true, onFresh(fx::childUnit, (id, s) -> Call.of("GET", "/api/v1/units/" + id)));
        op("POST /api/v1/units", EnumSet.of(Role.SYSTEM_ADMIN, Role.RULE_OF_LAW_OFFICE), true,
                (r, s) -> Call.of("POST", "/api/v1/units").json("{\"parentId\":" + fx.unit(s) + ",\"code\":\"MXU"
                        + unique.toUpperCase() + n(r) + s.ordinal() + "\",\"name\":\"矩阵新建\",\"kind\":\"OTHER\","
                        + "\"level\":\"VILLAGE\"}"));
        op("PUT /api/v1/units/{id}", EnumSet.of(Role.SYSTEM_ADMIN, Role.RULE_OF_LAW_OFFICE), true, onFresh(
                fx::childUnit, (id, s) -> Call.of("PUT", "/api/v1/units/" + id).json("{\"code\":\"MXP"
                        + unique.toUpperCase() + id + "\",\"name\":\"矩阵改名\",\"kind\":\"VILLAGE_COMMITTEE\","
                        + "\"level\":\"VILLAGE\"}")));
        op("GET /api/v1/units/export", ALL, false, plain("GET", "/api/v1/units/export"));
        op("GET /api/v1/units/import/template", ALL, false, plain("GET", "/api/v1/units/import/template"));
        op("POST /api/v1/units/import", EnumSet.of(Role.SYSTEM_ADMIN, Role.RULE_OF_LAW_OFFICE), false,
                (r, s) -> Call.of("POST", "/api/v1/units/import").file(sheet()));
        // --- audit log (审计管理员 alone)
        Set<Role> auditor = EnumSet.of(Role.AUDITOR);
        op("GET /api/v1/audit/events", auditor, false, plain("GET", "/api/v1/audit/events"));
        op("GET /api/v1/audit/events.csv", auditor, false, plain("GET", "/api/v1/audit/events.csv"));
        op("GET /api/v1/audit/verify", auditor, false, plain("GET", "/api/v1/audit/verify"));
        op("GET /api/v1/audit/sign-in-failures", auditor, false, plain("GET", "/api/v1/audit/sign-in-failures"));
        // --- files: business staff upload; reading follows the record the file belongs to
        op("POST /api/v1/files", EnumSet.of(Role.RULE_OF_LAW_OFFICE, Role.LEGAL_REVIEWER, Role.DRAFTER,
                Role.ENFORCEMENT_OFFICER), false, (r, s) -> Call.of("POST", "/api/v1/files").file(pdf()));
        op("GET /api/v1/files/{key}", STAFF, true, onFresh(fx::attachment,
                (a, s) -> Call.of("GET", "/api/v1/files/" + ((String[]) a)[2])));
        op("GET /api/v1/files/{key}/content", STAFF, true, onFresh(fx::attachment,
                (a, s) -> Call.of("GET", "/api/v1/files/" + ((String[]) a)[2] + "/content")));
        // --- rules catalog
        op("GET /api/v1/rules", null, false, plain("GET", "/api/v1/rules"));
        op("GET /api/v1/rules/{id}", null, false, (r, s) -> Call.of("GET", "/api/v1/rules/" + fx.ruleOverride()[0]));
        op("GET /api/v1/rules/{id}/overrides", ALL, false,
                (r, s) -> Call.of("GET", "/api/v1/rules/" + fx.ruleOverride()[0] + "/overrides"));
        // the locality's rule values: the system administrator or a county-level 法治办, never a township's
        op("POST /api/v1/rules/{id}/overrides", EnumSet.of(Role.SYSTEM_ADMIN), false,
                (r, s) -> Call.of("POST", "/api/v1/rules/" + fx.ruleOverride()[0] + "/overrides").json(override()));
        op("PUT /api/v1/rules/{id}/overrides/{overrideId}", EnumSet.of(Role.SYSTEM_ADMIN), false, (r, s) -> {
                    String[] ro = fx.ruleOverride();
                    return Call.of("PUT", "/api/v1/rules/" + ro[0] + "/overrides/" + ro[1]).json(override());
                }, "rule-override");
        // --- deadlines
        op("GET /api/v1/deadlines", STAFF, false, plain("GET", "/api/v1/deadlines"));
        op("GET /api/v1/deadlines/{id}", STAFF, true, onFresh(s -> fx.review(s).deadlineId(),
                (id, s) -> Call.of("GET", "/api/v1/deadlines/" + id)));
        op("POST /api/v1/deadlines/{id}/urge", EnumSet.of(Role.RULE_OF_LAW_OFFICE, Role.LEADER), true, onFresh(
                s -> fx.review(s).deadlineId(), (id, s) -> Call.of("POST", "/api/v1/deadlines/" + id + "/urge")));
        // --- calendar (public)
        op("GET /api/v1/calendar/deadline", null, false, (r, s) -> Call.of("GET", "/api/v1/calendar/deadline")
                .param("rule", "ND-02", "start", today()));
        op("GET /api/v1/calendar/days/{date}", null, false, (r, s) -> Call.of("GET", "/api/v1/calendar/days/" + today()));
        // --- search maintenance
        op("POST /api/v1/search/rebuild", EnumSet.of(Role.RULE_OF_LAW_OFFICE, Role.SYSTEM_ADMIN), false,
                (r, s) -> Call.of("POST", "/api/v1/search/rebuild").param("type", "matrix-no-such-type"));
        // --- assessment figures
        Set<Role> figures = EnumSet.of(Role.RULE_OF_LAW_OFFICE, Role.LEADER, Role.LEGAL_REVIEWER);
        op("GET /api/v1/assessment/metrics", figures, true, (r, s) -> Call.of("GET", "/api/v1/assessment/metrics")
                .param("unit", String.valueOf(fx.unit(s))));
        op("GET /api/v1/assessment/metrics/{metricId}", figures, true, (r, s) -> Call.of("GET",
                "/api/v1/assessment/metrics/normdocs.filing-rate").param("unit", String.valueOf(fx.unit(s))));
        op("GET /api/v1/deadlines/modules", STAFF, false, plain("GET", "/api/v1/deadlines/modules"));
        op("POST /api/v1/deadlines/urge", EnumSet.of(Role.RULE_OF_LAW_OFFICE, Role.LEADER), false, onFresh(fx::deadline,
                (id, s) -> Call.of("POST", "/api/v1/deadlines/urge").json("{\"ids\":[" + id + "]}")));
        declareReview();
        declareNormdocs(unique);
        declareParticipation();
        declareLists();
        declareGovernance();
        declareTickets();
    }

    /**
     * Complaints and 12345 tickets: staff within their scope (a fresh ticket per call where the step moves it
     * away or on), and the Open311 API, public (a service account is only recorded as the sending system).
     */
    private void declareTickets() {
        Set<Role> supervisors = EnumSet.of(Role.RULE_OF_LAW_OFFICE, Role.LEADER);
        String intake = "{\"type\":\"HELP\",\"title\":\"矩阵来电\",\"description\":\"咨询\","
                + "\"complainantName\":\"测试\",\"complainantPhone\":\"13800000000\"}";
        String open311 = "{\"service_code\":\"help\",\"description\":\"矩阵咨询\",\"first_name\":\"测试\","
                + "\"phone\":\"13800000000\"}";
        op("GET /api/v1/tickets", STAFF, false, plain("GET", "/api/v1/tickets"));
        op("POST /api/v1/tickets", DRAFTERS, false, (r, s) -> Call.of("POST", "/api/v1/tickets").json(intake));
        op("GET /api/v1/tickets/exposures", STAFF, false, plain("GET", "/api/v1/tickets/exposures"));
        op("GET /api/v1/tickets/{id}", STAFF, true, onFresh(fx::ticket, (id, s) -> Call.of("GET",
                "/api/v1/tickets/" + id)));
        op("GET /api/v1/tickets/{id}/guide", STAFF, true, onFresh(fx::ticket, (id, s) -> Call.of("GET",
                "/api/v1/tickets/" + id + "/guide")));
        op("GET /api/v1/tickets/{id}/events", STAFF, true, onFresh(fx::ticket, (id, s) -> Call.of("GET",
                "/api/v1/tickets/" + id + "/events")));
        op("POST /api/v1/tickets/{id}/reveal", DRAFTERS, true, onFresh(fx::ticket, (id, s) -> Call.of("POST",
                "/api/v1/tickets/" + id + "/reveal").json("{\"reason\":\"回访诉求人\"}")));
        op("POST /api/v1/tickets/{id}/assignment", DRAFTERS, true, onFresh(fx::newTicket, (id, s) -> Call.of("POST",
                "/api/v1/tickets/" + id + "/assignment").json("{\"type\":\"COMPLAINT\",\"unitId\":" + fx.unit(s)
                        + "}")));
        op("POST /api/v1/tickets/{id}/transfer", DRAFTERS, true, (r, s) -> Call.of("POST", "/api/v1/tickets/"
                + fx.ticket(s) + "/transfer").json("{\"unitId\":" + fx.village(s) + ",\"reason\":\"属于村委会\"}"));
        op("POST /api/v1/tickets/{id}/pause", DRAFTERS, true, (r, s) -> Call.of("POST", "/api/v1/tickets/"
                + fx.ticket(s) + "/pause").json("{\"reason\":\"抽样送检\",\"on\":\"" + today() + "\"}"));
        op("POST /api/v1/tickets/{id}/resume", DRAFTERS, true, onFresh(fx::ticket, (id, s) -> Call.of("POST",
                "/api/v1/tickets/" + id + "/resume").json("{\"on\":\"" + today() + "\"}")));
        op("POST /api/v1/tickets/{id}/reply", DRAFTERS, true, (r, s) -> Call.of("POST", "/api/v1/tickets/"
                + fx.ticket(s) + "/reply").json("{\"text\":\"已处理\",\"on\":\"" + today() + "\"}"));
        op("POST /api/v1/tickets/{id}/rating", DRAFTERS, true, onFresh(fx::ticket, (id, s) -> Call.of("POST",
                "/api/v1/tickets/" + id + "/rating").json("{\"satisfaction\":\"SATISFIED\"}")));
        op("POST /api/v1/tickets/{id}/urge", supervisors, true, onFresh(fx::ticket, (id, s) -> Call.of("POST",
                "/api/v1/tickets/" + id + "/urge").json("{\"note\":\"请尽快办理\"}")));
        op("POST /api/v1/tickets/{id}/exposures", DRAFTERS, true, onFresh(fx::ticket, (id, s) -> Call.of("POST",
                "/api/v1/tickets/" + id + "/exposures").json("{\"media\":\"论坛\",\"headline\":\"网帖\","
                        + "\"reportedOn\":\"" + today() + "\"}")));
        op("GET /api/v1/open311/services", null, false, plain("GET", "/api/v1/open311/services"));
        op("GET /api/v1/open311/services.json", null, false, plain("GET", "/api/v1/open311/services.json"));
        op("POST /api/v1/open311/requests", null, false, (r, s) -> Call.of("POST", "/api/v1/open311/requests")
                .json(open311));
        op("POST /api/v1/open311/requests.json", null, false, (r, s) -> Call.of("POST",
                "/api/v1/open311/requests.json").json(open311));
        op("GET /api/v1/open311/requests/{id}", null, false, onFresh(fx::ticketReceipt, (no, s) -> Call.of("GET",
                "/api/v1/open311/requests/" + no)));
        op("GET /api/v1/open311/requests/{id}.json", null, false, onFresh(fx::ticketReceipt, (no, s) -> Call.of(
                "GET", "/api/v1/open311/requests/" + no + ".json")));
    }

    /** Public participation: the consultations any module opens (here a normative document's). */
    private void declareParticipation() {
        String p = "/api/v1/participation/";
        op("GET /api/v1/participation/consultations", NORMDOCS, false, plain("GET", p + "consultations"));
        op("GET /api/v1/participation/consultations/{id}", NORMDOCS, true, onFresh(
                s -> fx.consultationOfComment(fx.comment(s)), (id, s) -> Call.of("GET", p + "consultations/" + id)));
        op("GET /api/v1/participation/consultations/{id}/comments", NORMDOCS, true, onFresh(
                s -> fx.consultationOfComment(fx.comment(s)),
                (id, s) -> Call.of("GET", p + "consultations/" + id + "/comments")));
        op("POST /api/v1/participation/consultations/{id}/comments", DRAFTERS, true, onFresh(
                s -> fx.consultationOfComment(fx.comment(s)), (id, s) -> Call.of("POST", p + "consultations/" + id
                        + "/comments").json("{\"contact\":\"mx@example.org\",\"content\":\"来函意见\"}")));
        op("POST /api/v1/participation/comments/{commentId}/disposition", DRAFTERS, true, onFresh(fx::comment,
                (id, s) -> Call.of("POST", p + "comments/" + id + "/disposition")
                        .json("{\"disposition\":\"ADOPTED\"}")));
        op("POST /api/v1/participation/comments/{commentId}/moderation", DRAFTERS, true, onFresh(fx::comment,
                (id, s) -> Call.of("POST", p + "comments/" + id + "/moderation")
                        .json("{\"withheld\":true,\"reason\":\"与草案无关\"}")));
        op("GET /api/v1/participation/comments/{commentId}/contact", DRAFTERS, true, onFresh(fx::comment,
                (id, s) -> Call.of("GET", p + "comments/" + id + "/contact").param("reason", "回访意见提出人")));
    }

    /** The lists: reading is for all staff, adjusting for the drafting offices; another unit's list is 404. */
    private void declareLists() {
        String l = "/api/v1/lists/";
        String v = l + "versions/";
        op("GET /api/v1/lists", STAFF, false, plain("GET", "/api/v1/lists"));
        op("GET /api/v1/lists/{id}", STAFF, true, onFresh(fx::listDraft, (ids, s) -> Call.of("GET", l + at(ids, 0))));
        op("GET /api/v1/lists/{id}/versions", STAFF, true, onFresh(fx::listDraft,
                (ids, s) -> Call.of("GET", l + at(ids, 0) + "/versions")));
        op("GET /api/v1/lists/{id}/compare", STAFF, true, onFresh(fx::listDraft,
                (ids, s) -> Call.of("GET", l + at(ids, 0) + "/compare")), "no-versions");
        op("POST /api/v1/lists/adjustments", DRAFTERS, true, (r, s) -> Call.of("POST", l + "adjustments")
                .json("{\"unitId\":" + fx.unit(s) + ",\"kind\":\"CERTIFICATION\",\"reason\":\"矩阵调整\","
                        + "\"participationRequired\":false,\"noParticipationReason\":\"仅内部测试\"}"));
        op("GET /api/v1/lists/versions/{id}", STAFF, true, onFresh(fx::listDraft,
                (ids, s) -> Call.of("GET", v + at(ids, 1))));
        op("GET /api/v1/lists/versions/{id}/guide", STAFF, true, onFresh(fx::listDraft,
                (ids, s) -> Call.of("GET", v + at(ids, 1) + "/guide")));
        op("GET /api/v1/lists/versions/{id}/entries", STAFF, true, onFresh(fx::listDraft,
                (ids, s) -> Call.of("GET", v + at(ids, 1) + "/entries")));
        op("GET /api/v1/lists/versions/{id}/export", STAFF, true, onFresh(fx::listDraft,
                (ids, s) -> Call.of("GET", v + at(ids, 1) + "/export")));
        op("POST /api/v1/lists/versions/{id}/entries", DRAFTERS, true, onFresh(fx::listDraft,
                (ids, s) -> Call.of("POST", v + at(ids, 1) + "/entries").json(entry("MXADD" + at(ids, 1)))));
        op("PUT /api/v1/lists/versions/{id}/entries/{itemId}", DRAFTERS, true, onFresh(fx::listDraft,
                (ids, s) -> Call.of("PUT", v + at(ids, 1) + "/entries/" + at(ids, 2)).json(entry("ignored"))));
        op("DELETE /api/v1/lists/versions/{id}/entries/{itemId}", DRAFTERS, true, onFresh(fx::listDraft,
                (ids, s) -> Call.of("DELETE", v + at(ids, 1) + "/entries/" + at(ids, 2))), "list-entry");
        op("POST /api/v1/lists/versions/{id}/import", DRAFTERS, true, onFresh(fx::listDraft,
                (ids, s) -> Call.of("POST", v + at(ids, 1) + "/import").file(sheet())));
        op("POST /api/v1/lists/import", ROLO, true, (r, s) -> Call.of("POST", l + "import").file(sheet(),
                "unitId", String.valueOf(fx.unit(s)), "kind", "SERVICE", "effectiveDate", today(), "reason", "矩阵"));
        op("POST /api/v1/lists/versions/{id}/consultation", DRAFTERS, true, onFresh(fx::listDraft,
                (ids, s) -> Call.of("POST", v + at(ids, 1) + "/consultation").json("{\"closesOn\":\"" + today()
                        + "\",\"shortenedReason\":\"矩阵\"}")));
        for (String step : List.of("consultation/closure", "review-submission", "revision")) {
            op("POST /api/v1/lists/versions/{id}/" + step, DRAFTERS, true, onFresh(fx::listDraft,
                    (ids, s) -> Call.of("POST", v + at(ids, 1) + "/" + step).json("{}")));
        }
        op("POST /api/v1/lists/versions/{id}/publication", DRAFTERS, true, onFresh(fx::listDraft,
                (ids, s) -> Call.of("POST", v + at(ids, 1) + "/publication").json("{\"effectiveDate\":\""
                        + today() + "\"}")));
        op("POST /api/v1/lists/versions/{id}/withdrawal", DRAFTERS, true, onFresh(fx::listDraft,
                (ids, s) -> Call.of("POST", v + at(ids, 1) + "/withdrawal").json("{\"reason\":\"矩阵撤回\"}")));
        op("GET /api/v1/lists/power-items", STAFF, false, (r, s) -> Call.of("GET", l + "power-items")
                .param("unitId", String.valueOf(fx.unit(s))));
        op("GET /api/v1/lists/power-items/{itemId}", STAFF, false, (r, s) -> Call.of("GET", l + "power-items/"
                + fx.publishedList()[2]), "power-item");
        // the public side: published lists only
        op("GET /api/v1/public/lists", null, false, plain("GET", "/api/v1/public/lists"));
        op("GET /api/v1/public/lists/{id}", null, false, (r, s) -> Call.of("GET", "/api/v1/public/lists/"
                + fx.publishedList()[0]));
        op("GET /api/v1/public/lists/{id}/compare", null, false, (r, s) -> Call.of("GET", "/api/v1/public/lists/"
                + fx.publishedList()[0] + "/compare"));
        op("GET /api/v1/public/lists/versions/{versionId}/entries", null, false, (r, s) -> Call.of("GET",
                "/api/v1/public/lists/versions/" + fx.publishedList()[1] + "/entries"));
    }

    private static String entry(String code) {
        return "{\"code\":\"" + code + "\",\"name\":\"矩阵服务事项\",\"windowAcceptance\":true,\"fullyOnline\":true,"
                + "\"oneTrip\":true,\"highFrequency\":false,\"timeLimitDays\":5,\"companyStartup\":false}";
    }

    private static long at(Object ids, int i) {
        return ((long[]) ids)[i];
    }

    /**
     * Governance: all staff read, the 法治办 (RULE_OF_LAW_OFFICE) keeps groups, plans, inspections and
     * weights and confirms or returns; the units that carry out tasks and rectifications report (Reporters).
     */
    private void declareGovernance() {
        String g = "/api/v1/governance/";
        Set<Role> reporters = EnumSet.of(Role.RULE_OF_LAW_OFFICE, Role.LEGAL_REVIEWER, Role.DRAFTER,
                Role.ENFORCEMENT_OFFICER);
        for (String list : List.of("groups", "statements", "plans", "tasks", "meetings", "inspections", "weights")) {
            op("GET /api/v1/governance/" + list, STAFF, false, plain("GET", g + list));
        }
        op("GET /api/v1/governance/overview", STAFF, true, (r, s) -> Call.of("GET", g + "overview")
                .param("unitId", String.valueOf(fx.unit(s))));
        op("GET /api/v1/governance/targets", STAFF, true, (r, s) -> Call.of("GET", g + "targets")
                .param("unitId", String.valueOf(fx.unit(s))));
        op("GET /api/v1/governance/groups/{id}", STAFF, true, onFresh(fx::groupWithMember,
                (ids, s) -> Call.of("GET", g + "groups/" + at(ids, 0))));
        op("POST /api/v1/governance/groups", ROLO, true, (r, s) -> Call.of("POST", g + "groups").json("{\"unitId\":"
                + fx.childUnit(s) + ",\"year\":" + today().substring(0, 4) + ",\"name\":\"矩阵领导小组\"}"));
        op("POST /api/v1/governance/groups/{id}/members", ROLO, true, onFresh(fx::groupWithMember,
                (ids, s) -> Call.of("POST", g + "groups/" + at(ids, 0) + "/members").json("{\"role\":\"MEMBER\","
                        + "\"name\":\"某成员\",\"post\":\"委员\"}")));
        op("DELETE /api/v1/governance/groups/{id}/members/{memberId}", ROLO, true, onFresh(fx::groupWithMember,
                (ids, s) -> Call.of("DELETE", g + "groups/" + at(ids, 0) + "/members/" + at(ids, 1))), "group-member");
        op("POST /api/v1/governance/groups/{id}/statements", ROLO, true, onFresh(fx::groupWithMember,
                (ids, s) -> Call.of("POST", g + "groups/" + at(ids, 0) + "/statements").json("{\"memberId\":"
                        + at(ids, 1) + ",\"givenOn\":\"" + today() + "\",\"occasion\":\"年终述法\","
                        + "\"summary\":\"述法要点\"}")));
        op("POST /api/v1/governance/plans", ROLO, true, (r, s) -> Call.of("POST", g + "plans").json("{\"unitId\":"
                + fx.unit(s) + ",\"year\":" + today().substring(0, 4) + ",\"kind\":\"ANNUAL_POINTS\","
                + "\"title\":\"矩阵工作要点\"}"));
        for (String read : List.of("", "/tasks", "/completion")) {
            op("GET /api/v1/governance/plans/{id}" + read, STAFF, true, onFresh(fx::planWithTask,
                    (ids, s) -> Call.of("GET", g + "plans/" + at(ids, 0) + read)));
        }
        op("POST /api/v1/governance/plans/{id}/tasks", ROLO, true, onFresh(fx::planWithTask,
                (ids, s) -> Call.of("POST", g + "plans/" + at(ids, 0) + "/tasks").json("{\"taskNo\":\"2\","
                        + "\"content\":\"矩阵任务\",\"leadUnitId\":" + fx.unit(s) + ",\"dueDate\":\"" + today()
                        + "\"}")));
        op("DELETE /api/v1/governance/plans/{id}/tasks/{taskId}", ROLO, true, onFresh(fx::planWithTask,
                (ids, s) -> Call.of("DELETE", g + "plans/" + at(ids, 0) + "/tasks/" + at(ids, 1))), "plan-task");
        op("POST /api/v1/governance/plans/{id}/tasks/import", ROLO, true, onFresh(fx::planWithTask,
                (ids, s) -> Call.of("POST", g + "plans/" + at(ids, 0) + "/tasks/import").file(sheet())));
        op("POST /api/v1/governance/plans/{id}/issue", ROLO, true, onFresh(fx::planWithTask,
                (ids, s) -> Call.of("POST", g + "plans/" + at(ids, 0) + "/issue").json("{\"issuedOn\":\"" + today()
                        + "\"}")));
        for (String read : List.of("", "/guide")) {
            op("GET /api/v1/governance/tasks/{id}" + read, STAFF, true, onFresh(fx::issuedTask,
                    (id, s) -> Call.of("GET", g + "tasks/" + id + read)));
        }
        op("POST /api/v1/governance/tasks/{id}/progress", reporters, true, onFresh(fx::issuedTask,
                (id, s) -> Call.of("POST", g + "tasks/" + id + "/progress").json("{\"text\":\"进展\"}")));
        op("POST /api/v1/governance/tasks/{id}/closure", reporters, true, onFresh(fx::issuedTask,
                (id, s) -> Call.of("POST", g + "tasks/" + id + "/closure").file(
                        new MockMultipartFile("files", "证明.pdf", "application/pdf", MatrixFixtures.pdf()),
                        "finishedOn", today(), "text", "已完成")));
        for (String step : List.of("confirmation", "return", "cancellation")) {
            op("POST /api/v1/governance/tasks/{id}/" + step, ROLO, true, onFresh(fx::issuedTask,
                    (id, s) -> Call.of("POST", g + "tasks/" + id + "/" + step).json("{\"note\":\"矩阵\"}")));
        }
        op("POST /api/v1/governance/meetings", reporters, true, (r, s) -> Call.of("POST", g + "meetings").json(
                "{\"unitId\":" + fx.unit(s) + ",\"kind\":\"STUDY_SESSION\",\"heldOn\":\"" + today()
                        + "\",\"topic\":\"学法\",\"participants\":\"全体\",\"participantCount\":5,"
                        + "\"minutes\":\"纪要\"}"));
        op("POST /api/v1/governance/inspections", ROLO, true, (r, s) -> Call.of("POST", g + "inspections").json(
                "{\"inspectedUnitId\":" + fx.unit(s) + ",\"kind\":\"INSPECTION\",\"inspectedOn\":\"" + today()
                        + "\",\"inspector\":\"督察组\",\"summary\":\"情况\"}"));
        op("GET /api/v1/governance/inspections/{id}/findings", STAFF, true, onFresh(fx::inspection,
                (id, s) -> Call.of("GET", g + "inspections/" + id + "/findings")));
        op("POST /api/v1/governance/inspections/{id}/findings", ROLO, true, onFresh(fx::ownInspection,
                (id, s) -> Call.of("POST", g + "inspections/" + id + "/findings").json("{\"description\":\"问题\","
                        + "\"ownerUnitId\":" + fx.unit(s) + ",\"ownerPerson\":\"某人\",\"measures\":\"措施\","
                        + "\"dueDate\":\"" + today() + "\"}")));
        for (String read : List.of("", "/guide")) {
            op("GET /api/v1/governance/findings/{id}" + read, STAFF, true, onFresh(fx::finding,
                    (id, s) -> Call.of("GET", g + "findings/" + id + read)));
        }
        op("POST /api/v1/governance/findings/{id}/progress", reporters, true, onFresh(fx::finding,
                (id, s) -> Call.of("POST", g + "findings/" + id + "/progress").json("{\"text\":\"整改中\"}")));
        op("POST /api/v1/governance/findings/{id}/rectification", reporters, true, onFresh(fx::finding,
                (id, s) -> Call.of("POST", g + "findings/" + id + "/rectification").file(
                        new MockMultipartFile("files", "整改.pdf", "application/pdf", MatrixFixtures.pdf()),
                        "finishedOn", today(), "text", "已整改")));
        // the finding's inspection is the county's: the township's 法治办 is told it is not the inspecting unit
        for (String step : List.of("acceptance", "return")) {
            op("POST /api/v1/governance/findings/{id}/" + step, ROLO, true, onFresh(fx::finding,
                    (id, s) -> Call.of("POST", g + "findings/" + id + "/" + step).json("{\"note\":\"矩阵\"}")),
                    "not-inspecting-unit");
        }
        op("POST /api/v1/governance/weights", ROLO, true, (r, s) -> Call.of("POST", g + "weights").json("{\"unitId\":"
                + fx.unit(s) + ",\"year\":" + today().substring(0, 4) + ",\"totalPoints\":100,"
                + "\"ruleOfLawPoints\":5,\"documentRef\":\"矩阵考核办法\"}"));
    }

    private void declareReview() {
        Set<Role> readers = EnumSet.of(Role.LEGAL_REVIEWER, Role.RULE_OF_LAW_OFFICE, Role.DRAFTER, Role.LEADER);
        op("GET /api/v1/review/requests", readers, false, plain("GET", "/api/v1/review/requests"));
        op("GET /api/v1/review/queue", readers, false, plain("GET", "/api/v1/review/queue"));
        op("GET /api/v1/review/requests/{id}", readers, true, onFresh(s -> fx.review(s).id(),
                (id, s) -> Call.of("GET", "/api/v1/review/requests/" + id)));
        op("GET /api/v1/review/requests/{id}/text", readers, true, onFresh(s -> fx.review(s).id(),
                (id, s) -> Call.of("GET", "/api/v1/review/requests/" + id + "/text")));
        op("GET /api/v1/review/requests/{id}/rounds", readers, true, onFresh(s -> fx.review(s).id(),
                (id, s) -> Call.of("GET", "/api/v1/review/requests/" + id + "/rounds")));
        op("POST /api/v1/review/requests/{id}/conclusion", REVIEWER, true, onFresh(s -> fx.review(s).id(),
                (id, s) -> Call.of("POST", "/api/v1/review/requests/" + id + "/conclusion").json("{\"outcome\":"
                        + "\"LAWFUL\",\"opinion\":\"经审核，合法。\",\"earlyReason\":\"急需出台\"}")));
        op("POST /api/v1/review/requests/{id}/materials-request", REVIEWER, true, onFresh(s -> fx.review(s).id(),
                (id, s) -> Call.of("POST", "/api/v1/review/requests/" + id + "/materials-request")
                        .json("{\"reason\":\"补充起草说明\"}")));
        op("POST /api/v1/review/requests/{id}/materials-received", REVIEWER, true, onFresh(s -> fx.review(s).id(),
                (id, s) -> Call.of("POST", "/api/v1/review/requests/" + id + "/materials-received")));
        op("POST /api/v1/review/requests/{id}/consultations", REVIEWER, true, onFresh(
                s -> new long[] {fx.review(s).id(), fx.adviser(s)}, (ids, s) -> Call.of("POST",
                        "/api/v1/review/requests/" + ((long[]) ids)[0] + "/consultations").json("{\"adviserId\":"
                                + ((long[]) ids)[1] + ",\"opinion\":\"同意\"}")));
        op("POST /api/v1/review/requests/{id}/withdrawal", DRAFTERS, true, onFresh(s -> fx.review(s).id(),
                (id, s) -> Call.of("POST", "/api/v1/review/requests/" + id + "/withdrawal")
                        .json("{\"reason\":\"撤回修改\"}")));
        op("GET /api/v1/review/advisers", readers, false, plain("GET", "/api/v1/review/advisers"));
        op("POST /api/v1/review/advisers", EnumSet.of(Role.RULE_OF_LAW_OFFICE, Role.LEGAL_REVIEWER), true,
                (r, s) -> Call.of("POST", "/api/v1/review/advisers").json(adviser(fx.unit(s))));
        op("PUT /api/v1/review/advisers/{id}", EnumSet.of(Role.RULE_OF_LAW_OFFICE, Role.LEGAL_REVIEWER), true,
                onFresh(fx::adviser, (id, s) -> Call.of("PUT", "/api/v1/review/advisers/" + id)
                        .json(adviser(fx.unit(s)))));
        op("GET /api/v1/review/desks", readers, false, plain("GET", "/api/v1/review/desks"));
        op("PUT /api/v1/review/desks", ROLO, true, onFresh(fx::childUnit, (id, s) -> Call.of("PUT",
                "/api/v1/review/desks").json("{\"decidingUnitId\":" + id + ",\"deskUnitId\":" + fx.unit(s) + "}")));
    }

    private void declareNormdocs(String unique) {
        String d = "/api/v1/normdocs/documents/";
        op("GET /api/v1/normdocs/documents", NORMDOCS, false, plain("GET", "/api/v1/normdocs/documents"));
        op("GET /api/v1/normdocs/documents/export", NORMDOCS, false, plain("GET", "/api/v1/normdocs/documents/export"));
        op("POST /api/v1/normdocs/documents", DRAFTERS, true, onFresh(s -> fx.draft(s, false).issuingBodyId(),
                (body, s) -> Call.of("POST", "/api/v1/normdocs/documents").json("{\"issuingBodyId\":" + body
                        + ",\"title\":\"矩阵新建办法\",\"affectsRights\":false,\"body\":\"第一条 为规范，制定本办法。\"}")));
        for (String sub : List.of("", "/guide", "/versions", "/reviews", "/registration/suggestion",
                "/consultations", "/comments", "/adoption-summary", "/evaluations", "/validity-history",
                "/attachments")) {
            op("GET /api/v1/normdocs/documents/{id}" + sub, NORMDOCS, true, onFresh(fx::document,
                    (id, s) -> Call.of("GET", d + id + sub)));
        }
        op("GET /api/v1/normdocs/documents/{id}/filing", NORMDOCS, true, onFresh(fx::document,
                (id, s) -> Call.of("GET", d + id + "/filing")), "document-filing");
        op("GET /api/v1/normdocs/documents/{id}/versions/{versionId}", NORMDOCS, true, onFresh(fx::document,
                (id, s) -> Call.of("GET", d + id + "/versions/" + fx.version((Long) id))));
        op("GET /api/v1/normdocs/documents/{id}/versions/comparison", NORMDOCS, true, onFresh(fx::document,
                (id, s) -> Call.of("GET", d + id + "/versions/comparison").param("from",
                        String.valueOf(fx.version((Long) id)), "to", String.valueOf(fx.version((Long) id)))));
        op("POST /api/v1/normdocs/documents/{id}/versions", DRAFTERS, true, onFresh(fx::document,
                (id, s) -> Call.of("POST", d + id + "/versions").json("{\"title\":\"矩阵测试办法（修改稿）\","
                        + "\"body\":\"第一条 修改后的条文。\",\"changeSummary\":\"矩阵\"}")));
        op("POST /api/v1/normdocs/documents/{id}/review-submission", DRAFTERS, true, onFresh(fx::document,
                (id, s) -> Call.of("POST", d + id + "/review-submission")));
        op("POST /api/v1/normdocs/documents/{id}/deliberation", DRAFTERS, true, onFresh(fx::document,
                (id, s) -> Call.of("POST", d + id + "/deliberation").json("{\"meeting\":\"常务会议\",\"date\":\""
                        + today() + "\",\"decision\":\"PASSED\"}")));
        op("POST /api/v1/normdocs/documents/{id}/registration", EnumSet.of(Role.RULE_OF_LAW_OFFICE,
                Role.LEGAL_REVIEWER), true, onFresh(fx::document, (id, s) -> Call.of("POST", d + id + "/registration")
                        .json("{\"documentNumber\":\"东政发〔2026〕" + id + "号\"}")), "not-registering-office");
        op("POST /api/v1/normdocs/documents/{id}/publication", DRAFTERS, true, onFresh(fx::document,
                (id, s) -> Call.of("POST", d + id + "/publication").json("{\"publicationDate\":\"" + today()
                        + "\",\"effectiveDate\":\"" + today() + "\"}")));
        op("POST /api/v1/normdocs/documents/{id}/withdrawal", DRAFTERS, true, onFresh(fx::document,
                (id, s) -> Call.of("POST", d + id + "/withdrawal").json("{\"reason\":\"不再制定\"}")));
        op("POST /api/v1/normdocs/documents/{id}/consultations", DRAFTERS, true, onFresh(fx::document,
                (id, s) -> Call.of("POST", d + id + "/consultations").json("{\"closesOn\":\""
                        + LocalDate.now(ctx.getBean(java.time.Clock.class)).plusDays(60) + "\"}")));
        op("POST /api/v1/normdocs/documents/{id}/consultations/closure", DRAFTERS, true, onFresh(fx::document,
                (id, s) -> Call.of("POST", d + id + "/consultations/closure")));
        op("POST /api/v1/normdocs/documents/{id}/comments", DRAFTERS, true, onFresh(fx::document,
                (id, s) -> Call.of("POST", d + id + "/comments").json("{\"contact\":\"mx@example.org\","
                        + "\"content\":\"来函意见\"}")));
        op("POST /api/v1/normdocs/comments/{commentId}/disposition", DRAFTERS, true, onFresh(fx::comment,
                (id, s) -> Call.of("POST", "/api/v1/normdocs/comments/" + id + "/disposition")
                        .json("{\"disposition\":\"ADOPTED\"}")));
        op("GET /api/v1/normdocs/comments/{commentId}/contact", DRAFTERS, true, onFresh(fx::comment,
                (id, s) -> Call.of("GET", "/api/v1/normdocs/comments/" + id + "/contact").param("reason", "回访意见提出人")));
        op("POST /api/v1/normdocs/documents/{id}/filing", DRAFTERS, true, onFresh(fx::document,
                (id, s) -> Call.of("POST", d + id + "/filing").json("{\"filedTo\":\"县人大常委会\",\"filedOn\":\""
                        + today() + "\"}")));
        op("POST /api/v1/normdocs/documents/{id}/filing/review", DRAFTERS, true, onFresh(fx::document,
                (id, s) -> Call.of("POST", d + id + "/filing/review").json("{\"result\":\"PASSED\",\"receivedOn\":\""
                        + today() + "\"}")), "document-filing");
        op("POST /api/v1/normdocs/documents/{id}/filing/correction", DRAFTERS, true, onFresh(fx::document,
                (id, s) -> Call.of("POST", d + id + "/filing/correction").json("{\"correctedOn\":\"" + today()
                        + "\",\"note\":\"已纠正\"}")), "document-filing");
        op("POST /api/v1/normdocs/documents/{id}/public-copy/clearance", DRAFTERS, true, onFresh(fx::document,
                (id, s) -> Call.of("POST", d + id + "/public-copy/clearance")));
        op("GET /api/v1/normdocs/documents/{id}/supersessions", NORMDOCS, true, onFresh(fx::document,
                (id, s) -> Call.of("GET", d + id + "/supersessions")));
        op("POST /api/v1/normdocs/documents/{id}/supersessions", DRAFTERS, true, onFresh(fx::document,
                (id, s) -> Call.of("POST", d + id + "/supersessions").json("{\"documentId\":" + id
                        + ",\"kind\":\"AMENDS\"}")));
        op("DELETE /api/v1/normdocs/documents/{id}/supersessions/{oldId}", DRAFTERS, true, onFresh(fx::document,
                (id, s) -> Call.of("DELETE", d + id + "/supersessions/" + id)), "document-supersession");
        op("POST /api/v1/normdocs/documents/{id}/evaluations", DRAFTERS, true, onFresh(fx::document,
                (id, s) -> Call.of("POST", d + id + "/evaluations").json("{\"evaluatedOn\":\"" + today()
                        + "\",\"evaluator\":\"评估组\",\"conclusion\":\"良好\",\"recommendation\":\"CONTINUE\"}")));
        op("POST /api/v1/normdocs/documents/{id}/repeal", DRAFTERS, true, onFresh(fx::document,
                (id, s) -> Call.of("POST", d + id + "/repeal").json("{\"reason\":\"上位法修改\"}")));
        op("POST /api/v1/normdocs/documents/{id}/attachments", DRAFTERS, true, onFresh(fx::document,
                (id, s) -> Call.of("POST", d + id + "/attachments").file(pdf(), "kind", "OTHER")));
        op("DELETE /api/v1/normdocs/documents/{id}/attachments/{attachmentId}", DRAFTERS, true, onFresh(
                fx::attachment, (a, s) -> Call.of("DELETE", d + ((String[]) a)[1] + "/attachments/" + ((String[]) a)[0])),
                "document-attachment");
        op("GET /api/v1/normdocs/consultations/earliest-close", NORMDOCS, false,
                plain("GET", "/api/v1/normdocs/consultations/earliest-close"));
        op("GET /api/v1/normdocs/near-expiry", NORMDOCS, false, plain("GET", "/api/v1/normdocs/near-expiry"));
        op("GET /api/v1/normdocs/issuing-bodies", NORMDOCS, false, plain("GET", "/api/v1/normdocs/issuing-bodies"));
        op("POST /api/v1/normdocs/issuing-bodies", ROLO, true, (r, s) -> Call.of("POST",
                "/api/v1/normdocs/issuing-bodies").json("{\"unitId\":" + fx.unit(s) + ",\"name\":\"矩阵机关" + unique
                        + n(r) + s.ordinal() + "\",\"docNumberPrefix\":\"矩" + n(r) + s.ordinal()
                        + unique.substring(unique.length() - 3) + "\",\"registeringUnitId\":" + fx.unit(s) + "}"));
        op("POST /api/v1/normdocs/issuing-bodies/{id}/delisting", ROLO, true, onFresh(fx::issuingBody,
                (id, s) -> Call.of("POST", "/api/v1/normdocs/issuing-bodies/" + id + "/delisting")));
        op("POST /api/v1/normdocs/issuing-bodies/{id}/relisting", ROLO, true, onFresh(fx::issuingBody,
                (id, s) -> Call.of("POST", "/api/v1/normdocs/issuing-bodies/" + id + "/relisting")));
        op("GET /api/v1/normdocs/registering-offices", NORMDOCS, false,
                plain("GET", "/api/v1/normdocs/registering-offices"));
        op("POST /api/v1/normdocs/registering-offices", ROLO, true, onFresh(fx::childUnit,
                (id, s) -> Call.of("POST", "/api/v1/normdocs/registering-offices").json("{\"unitId\":" + id
                        + ",\"prefix\":\"MX" + letters((Long) id) + "\"}")));
        op("GET /api/v1/normdocs/plans", NORMDOCS, false, plain("GET", "/api/v1/normdocs/plans"));
        op("POST /api/v1/normdocs/plans", ROLO, true, onFresh(s -> fx.draft(s, false).issuingBodyId(),
                (body, s) -> Call.of("POST", "/api/v1/normdocs/plans").json("{\"unitId\":" + fx.unit(s) + ",\"year\":"
                        + LocalDate.now(ctx.getBean(java.time.Clock.class)).getYear() + ",\"title\":\"矩阵计划\","
                        + "\"issuingBodyId\":" + body + ",\"draftingUnitId\":" + fx.unit(s) + "}")));
        op("GET /api/v1/normdocs/plans/{id}", NORMDOCS, true, onFresh(fx::plan,
                (id, s) -> Call.of("GET", "/api/v1/normdocs/plans/" + id)));
        op("PUT /api/v1/normdocs/plans/{id}", ROLO, true, onFresh(s -> new long[] {fx.plan(s),
                fx.draft(s, false).issuingBodyId()}, (ids, s) -> Call.of("PUT", "/api/v1/normdocs/plans/"
                        + ((long[]) ids)[0]).json("{\"unitId\":" + fx.unit(s) + ",\"year\":"
                                + LocalDate.now(ctx.getBean(java.time.Clock.class)).getYear() + ",\"title\":\"矩阵计划改\","
                                + "\"issuingBodyId\":" + ((long[]) ids)[1] + ",\"draftingUnitId\":" + fx.unit(s) + "}")));
        op("DELETE /api/v1/normdocs/plans/{id}", ROLO, true, onFresh(fx::plan,
                (id, s) -> Call.of("DELETE", "/api/v1/normdocs/plans/" + id)));
        op("GET /api/v1/normdocs/cleanups", NORMDOCS, false, plain("GET", "/api/v1/normdocs/cleanups"));
        op("POST /api/v1/normdocs/cleanups", DRAFTERS, true, (r, s) -> Call.of("POST", "/api/v1/normdocs/cleanups")
                .json("{\"unitId\":" + fx.unit(s) + ",\"name\":\"矩阵清理\",\"kind\":\"SPECIAL\",\"documentIds\":[]}"));
        op("GET /api/v1/normdocs/cleanups/{id}", NORMDOCS, true, onFresh(fx::cleanup,
                (id, s) -> Call.of("GET", "/api/v1/normdocs/cleanups/" + id)));
        op("POST /api/v1/normdocs/cleanups/{id}/verdicts", DRAFTERS, true, onFresh(s -> new long[] {fx.cleanup(s),
                fx.document(s)}, (ids, s) -> Call.of("POST", "/api/v1/normdocs/cleanups/" + ((long[]) ids)[0]
                        + "/verdicts").json("{\"documentId\":" + ((long[]) ids)[1] + ",\"verdict\":\"CONTINUE\"}")),
                "cleanup-line");
        op("POST /api/v1/normdocs/cleanups/{id}/completion", DRAFTERS, true, onFresh(fx::cleanup,
                (id, s) -> Call.of("POST", "/api/v1/normdocs/cleanups/" + id + "/completion")));
        op("GET /api/v1/normdocs/import/template", NORMDOCS, false, plain("GET", "/api/v1/normdocs/import/template"));
        op("POST /api/v1/normdocs/import", EnumSet.of(Role.RULE_OF_LAW_OFFICE, Role.LEGAL_REVIEWER), false,
                (r, s) -> Call.of("POST", "/api/v1/normdocs/import").file(sheet()));
        // --- the public side of normative documents
        op("GET /api/v1/public/normdocs", null, false, plain("GET", "/api/v1/public/normdocs"));
        op("GET /api/v1/public/normdocs/{id}", null, false, (r, s) -> Call.of("GET", "/api/v1/public/normdocs/"
                + firstPublic()));
        op("GET /api/v1/public/normdocs/issuing-bodies", null, false,
                plain("GET", "/api/v1/public/normdocs/issuing-bodies"));
        op("GET /api/v1/public/consultations", null, false, plain("GET", "/api/v1/public/consultations"));
        op("GET /api/v1/public/consultations/{id}", null, false, onFresh(s -> openConsultation(),
                (id, s) -> Call.of("GET", "/api/v1/public/consultations/" + id)));
        op("POST /api/v1/public/consultations/{id}/comments", null, false, onFresh(s -> openConsultation(),
                (id, s) -> Call.of("POST", "/api/v1/public/consultations/" + id + "/comments")
                        .json("{\"contact\":\"public@example.org\",\"content\":\"公众意见\"}")));
        op("GET /api/v1/public/comments/{receiptNo}", null, false, onFresh(s -> receipt(),
                (no, s) -> Call.of("GET", "/api/v1/public/comments/" + no)));
    }

    // ----- the modules that declare themselves (MatrixModules)

    /** Declares a module's operations: path variables from its records, bodies given or made from the schema. */
    private void declare(MatrixModule m) {
        Map<String, Map<Side, Object>> made = new LinkedHashMap<>();
        java.util.concurrent.atomic.AtomicInteger seq = new java.util.concurrent.atomic.AtomicInteger();
        for (MatrixModule.Decl d : m.ops) {
            String method = d.key().substring(0, d.key().indexOf(' '));
            String template = d.key().substring(d.key().indexOf(' ') + 1);
            BiFunction<Role, Side, Call> call = (role, side) -> {
                long unit = m.ownUnit == null ? fx.unit(side) : fx.unitId(side == OWN ? m.ownUnit : m.otherUnit);
                String path = template;
                for (String t : m.templatesOf(template)) {
                    Object v = made.computeIfAbsent(t, k -> new java.util.EnumMap<>(Side.class)).computeIfAbsent(side,
                            sd -> m.records.get(t).apply(fx, sd));
                    if (v instanceof MatrixModule.FromList l) {
                        List<?> ids = JsonPath.read(body(mvc.get().uri(l.listPath()).exchange()), l.jsonPath());
                        v = ids.isEmpty() ? null : ids.get(0);
                    }
                    if (v == null) {
                        throw new IllegalStateException("no record for " + t + " on " + side + " (" + d.key() + ")");
                    }
                    List<String> vars = new ArrayList<>();
                    java.util.regex.Matcher vm = java.util.regex.Pattern.compile("\\{[^}]+}").matcher(t);
                    while (vm.find()) {
                        vars.add(vm.group());
                    }
                    if (v instanceof long[] many) {
                        for (int i = 0; i < many.length && i < vars.size(); i++) {
                            path = path.replace(vars.get(i), String.valueOf(many[i]));
                        }
                    } else {
                        path = path.replace(vars.get(vars.size() - 1), String.valueOf(v));
                    }
                }
                if (path.contains("{")) {
                    throw new IllegalStateException("no record template fills " + path);
                }
                int n = seq.incrementAndGet();
                java.util.function.Function<String, String> fill = MatrixModule.fill(unit, today(), n)
                        .andThen(text -> {
                            String filled = text;
                            for (Map.Entry<String, BiFunction<MatrixFixtures, Side, Object>> ph : m.placeholders.entrySet()) {
                                if (filled.contains(ph.getKey())) {
                                    Object v = made.computeIfAbsent(ph.getKey(), k -> new java.util.EnumMap<>(Side.class))
                                            .computeIfAbsent(side, sd -> ph.getValue().apply(fx, sd));
                                    filled = filled.replace(ph.getKey(), String.valueOf(v));
                                }
                            }
                            return filled;
                        });
                Call c = Call.of(method, path);
                for (Map.Entry<String, String> param : d.params().entrySet()) {
                    c = c.param(param.getKey(), fill.apply(param.getValue()));
                }
                if (d.multipart() != null) {
                    return c.file(new MockMultipartFile(d.multipart(), "矩阵.pdf", "application/pdf",
                            MatrixFixtures.pdf()), d.params().entrySet().stream().flatMap(e -> java.util.stream.Stream.of(
                                    e.getKey(), fill.apply(e.getValue()))).toArray(String[]::new));
                }
                if (method.equals("GET") || method.equals("DELETE")) {
                    return c;
                }
                String json = d.body() != null ? d.body().apply(role, side) : bodyFromSchema(method, template, unit, n);
                return json == null ? c : c.json(fill.apply(json));
            };
            if (MatrixModules.PENDING_OPERATIONS.containsKey(d.key())) {
                continue;
            }
            if (ops.put(d.key(), new Op(d.allowed(), d.scoped(), call, d.accepts(), m.ownUnit)) != null) {
                throw new IllegalStateException("declared twice: " + d.key());
            }
        }
    }

    /** A JSON body with the required fields of the operation's schema ({@code null}: it takes none). */
    private String bodyFromSchema(String method, String template, long unit, int n) {
        Map<String, Object> op = JsonPath.read(apiDocs, "$.paths");
        Object item = ((Map<?, ?>) op.get(template)).get(method.toLowerCase());
        Object requestBody = ((Map<?, ?>) item).get("requestBody");
        if (requestBody == null) {
            return null;
        }
        Map<?, ?> content = (Map<?, ?>) ((Map<?, ?>) requestBody).get("content");
        Map<?, ?> json = (Map<?, ?>) content.get("application/json");
        if (json == null) {
            return null;
        }
        return value((Map<?, ?>) json.get("schema"), "", unit, n, 0);
    }

    /** A value for each pattern of the API's request bodies that a plain code does not meet. */
    static final Map<String, String> PATTERN_VALUES = Map.of("[0-9A-Z]{6,40}", "91110000MX0000001X",
            "[A-Za-z0-9-]{4,40}", "MX-0001", "[A-Za-z]+:[A-Za-z0-9_-]{1,70}", "staff:mx1",
            "[0-9a-f]{64}", "0".repeat(64), "[A-Z]{2,12}", "MX", "|1[3-9]\\d{9}", "",
            "[A-Za-z0-9._-]{1,40}", "MX-1");

    private Map<?, ?> resolve(Map<?, ?> schema) {
        Object ref = schema.get("$ref");
        if (ref == null) {
            return schema;
        }
        String name = ref.toString().substring(ref.toString().lastIndexOf('/') + 1);
        return JsonPath.read(apiDocs, "$.components.schemas['" + name + "']");
    }

    private String value(Map<?, ?> raw, String name, long unit, int n, int depth) {
        Map<?, ?> schema = resolve(raw);
        String type = String.valueOf(schema.get("type"));
        if (schema.get("enum") instanceof List<?> values && !values.isEmpty()) {
            return "\"" + values.get(0) + "\"";
        }
        if (schema.get("properties") instanceof Map<?, ?> props) {
            if (depth > 3) {
                return "{}";
            }
            List<?> required = schema.get("required") instanceof List<?> l ? l : List.of();
            StringBuilder sb = new StringBuilder("{");
            props.forEach((k, v) -> {
                String key = k.toString();
                Map<?, ?> prop = resolve((Map<?, ?>) v);
                // required, the unit, and what Java cannot leave empty (the lock version, flags)
                if (required.contains(key) || key.equals("unitId") || key.endsWith("UnitId") || key.equals("version")
                        || "boolean".equals(prop.get("type"))) {
                    sb.append(sb.length() > 1 ? "," : "").append('"').append(key).append("\":")
                            .append(value((Map<?, ?>) v, key, unit, n, depth + 1));
                }
            });
            return sb.append('}').toString();
        }
        switch (type) {
            case "array" -> {
                return "[" + value((Map<?, ?>) schema.get("items"), name, unit, n, depth + 1) + "]";
            }
            case "integer", "number" -> {
                if (name.equals("unitId") || name.endsWith("UnitId")) {
                    return String.valueOf(unit);
                }
                Object min = schema.get("minimum");
                long v = Math.max(1, min == null ? 1 : ((Number) min).longValue());
                if (name.equals("year")) {
                    v = LocalDate.now(ctx.getBean(java.time.Clock.class)).getYear();
                }
                return String.valueOf(v);
            }
            case "boolean" -> {
                return "false";
            }
            default -> {
                String format = String.valueOf(schema.get("format"));
                if (format.equals("date")) {
                    return "\"" + today() + "\"";
                }
                if (format.equals("date-time")) {
                    return "\"" + today() + "T09:00:00+08:00\"";
                }
                if (format.equals("email")) {
                    return "\"mx" + n + "@example.org\"";
                }
                Object pattern = schema.get("pattern");
                if (pattern != null) {
                    return "\"" + PATTERN_VALUES.getOrDefault(pattern.toString(), "MX" + n) + "\"";
                }
                Object min = schema.get("minLength");
                String text = "矩阵测试" + n;
                while (min != null && text.length() < ((Number) min).intValue()) {
                    text += "矩";
                }
                return "\"" + text + "\"";
            }
        }
    }

    // ----- fixtures of the public side and request bodies

    private long firstPublic() {
        List<Number> ids = JsonPath.read(body(mvc.get().uri("/api/v1/public/normdocs").exchange()), "$.items[*].id");
        return ids.get(0).longValue();
    }

    private long openConsultation() {
        List<Number> ids = JsonPath.read(body(mvc.get().uri("/api/v1/public/consultations").exchange()),
                "$[?(@.acceptingComments == true)].consultationId");
        return ids.get(0).longValue();
    }

    private String receipt() {
        long comment = fx.comment(OWN);
        return ctx.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("select receipt_no from participation_comment where id = ?").param(comment).query(String.class).single();
    }

    private static String letters(long n) {
        StringBuilder sb = new StringBuilder();
        long v = n;
        do {
            sb.append((char) ('A' + v % 26));
            v /= 26;
        } while (v > 0);
        return sb.toString();
    }

    private static String adviser(long unit) {
        return "{\"unitId\":" + unit + ",\"name\":\"矩阵顾问\",\"kind\":\"LEGAL_ADVISER\",\"firm\":\"某律所\","
                + "\"contractFrom\":\"2020-01-01\",\"contractTo\":\"2099-12-31\",\"active\":true}";
    }

    private static String override() {
        return "{\"effectiveFrom\":\"2099-01-01\",\"reason\":\"矩阵测试：遥远将来的覆盖\"}";
    }

    private static MockMultipartFile pdf() {
        return new MockMultipartFile("file", "矩阵.pdf", "application/pdf", MatrixFixtures.pdf());
    }

    private static MockMultipartFile sheet() {
        return new MockMultipartFile("file", "empty.xlsx", null, MatrixFixtures.emptySheet());
    }

    // ----- calling and judging

    private static String body(MvcTestResult r) {
        try {
            return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private MvcTestResult call(Role who, String unit, Call c) {
        AbstractMockHttpServletRequestBuilder<?> req = c.file() != null
                ? MockMvcRequestBuilders.multipart(c.path()).file(c.file())
                : MockMvcRequestBuilders.request(org.springframework.http.HttpMethod.valueOf(c.method()), c.path());
        c.params().forEach(req::param);
        if (c.json() != null) {
            req.contentType(MediaType.APPLICATION_JSON).content(c.json());
        }
        req.accept(MediaType.APPLICATION_JSON, MediaType.ALL);
        req.with(r -> {
            r.setRemoteAddr("10.99.0." + (who == null ? 250 : who.ordinal() + 1));
            return r;
        });
        if (who != null) {
            req.with(httpBasic(fx.username(who, unit), MatrixFixtures.PASSWORD));
        }
        return mvc.perform(req);
    }

    /**
     * A refusal: 403, 404 (the record cannot be seen), or 409 with a role or acting-unit refusal code;
     * but not an answer the operation declares acceptable on the own side ({@code accepts}).
     */
    private static boolean refused(MvcTestResult r, List<String> accepts) {
        int status = r.getResponse().getStatus();
        String body = body(r);
        if ((status == 404 || status == 409) && accepts.stream().anyMatch(a -> body.contains("\"entity\":\"" + a
                + "\"") || body.contains("\"code\":\"" + a + "\""))) {
            return false;
        }
        if (status == 403 || status == 404) {
            return true;
        }
        return status == 409 && REFUSAL_CODES.stream().anyMatch(code -> body.contains("\"code\":\"" + code + "\""));
    }

    @Test
    void everyOperationOfTheApiDocumentAnswersEveryRoleOnItsOwnAndAnotherUnitAsDeclared() throws IOException {
        fx = new MatrixFixtures(ctx);
        apiDocs = body(mvc.get().uri("/v3/api-docs").exchange());
        declare();
        MatrixModules.all().forEach(this::declare);
        Set<String> documented = new TreeSet<>();
        Map<String, Object> paths = JsonPath.read(apiDocs, "$.paths");
        paths.forEach((path, item) -> ((Map<?, ?>) item).keySet().forEach(m -> documented.add(
                m.toString().toUpperCase() + " " + path)));
        Set<String> undeclared = new TreeSet<>(documented);
        undeclared.removeAll(ops.keySet());
        Set<String> pendingOps = new TreeSet<>(undeclared);
        pendingOps.removeIf(op -> !pending(op));
        undeclared.removeAll(pendingOps);
        Set<String> stale = new TreeSet<>(ops.keySet());
        stale.removeAll(documented);
        assertThat(undeclared).as("operations of /v3/api-docs without a declaration in this matrix").isEmpty();
        assertThat(stale).as("declared operations no longer in /v3/api-docs").isEmpty();

        List<String> problems = new ArrayList<>();
        StringBuilder table = new StringBuilder("| operation | caller | own | other |\n|---|---|---|---|\n");
        for (String key : pendingOps) {
            String method = key.substring(0, key.indexOf(' '));
            String path = key.substring(key.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "1");
            Call c = Call.of(method, path);
            MvcTestResult r = call(null, null, method.equals("GET") || method.equals("DELETE") ? c : c.json("{}"));
            int status = r.getResponse().getStatus();
            String where = key + " (pending declaration) as anonymous: " + status + " " + abbreviate(body(r));
            if (status >= 500) {
                problems.add("server error: " + where);
            } else if (path.startsWith("/api/v1/public/") ? status == 401 || status == 403 : status != 401) {
                problems.add(path.startsWith("/api/v1/public/") ? "public operation refused: " + where
                        : "anonymous not asked to sign in: " + where);
            }
            table.append("| ").append(key).append(" | anonymous (pending: ").append(MatrixModules.PENDING_OPERATIONS
                    .getOrDefault(key, "module not declared")).append(") | ").append(status).append(" | |\n");
        }
        List<Role> callers = new ArrayList<>(Arrays.asList(Role.values()));
        // -Dfazhi.matrix.only=/api/v1/litigation,/api/v1/indicators calls only the operations under these
        // prefixes (while a module declares itself)
        List<String> only = List.of(System.getProperty("fazhi.matrix.only", "").split(","));
        for (Map.Entry<String, Op> e : ops.entrySet()) {
            String key = e.getKey();
            if (only.stream().noneMatch(key.substring(key.indexOf(' ') + 1)::startsWith)) {
                continue;
            }
            Op op = e.getValue();
            Set<Role> gaps = KNOWN_GAPS.getOrDefault(key, Set.of());
            // refused callers first, so that a gap meets the record as it was made, then the allowed ones
            List<Role> order = new ArrayList<>();
            callers.stream().filter(r -> !op.isPublic() && !op.allowed().contains(r)).forEach(order::add);
            order.add(null);
            callers.stream().filter(r -> op.isPublic() || op.allowed().contains(r)).forEach(order::add);
            Map<Role, String[]> seen = new LinkedHashMap<>();
            for (Role who : order) {
                String[] cells = new String[2];
                // a caller the operation refuses is asked once (on its own unit's record): refused there
                // by role, it is refused on any unit's
                boolean bothSides = op.scoped() && (op.isPublic() || who != null && (op.allowed().contains(who)
                        || gaps.contains(who)));
                for (Side side : bothSides ? List.of(OTHER, OWN) : List.of(OWN)) {
                    Call c;
                    try {
                        c = op.call().apply(who, side);
                    } catch (RuntimeException fixture) {
                        problems.add("no fixture: " + key + " on " + side + ": " + fixture);
                        continue;
                    }
                    MvcTestResult r = call(who, op.ownUnit(), c);
                    int status = r.getResponse().getStatus();
                    cells[side == OWN ? 0 : 1] = String.valueOf(status);
                    String where = key + " as " + (who == null ? "anonymous" : who) + " on " + side + ": " + status
                            + " " + abbreviate(body(r));
                    if (status >= 500) {
                        problems.add("server error: " + where);
                    } else if (op.isPublic()) {
                        if (refused(r, op.ownAccepts()) || status == 401) {
                            problems.add("public operation refused: " + where);
                        }
                    } else if (who == null) {
                        if (status != 401) {
                            problems.add("anonymous not asked to sign in: " + where);
                        }
                    } else if (gaps.contains(who)) {
                        if (side == OWN && refused(r, op.ownAccepts())) {
                            problems.add("known gap closed, take it off KNOWN_GAPS: " + where);
                        }
                    } else if (!op.allowed().contains(who)) {
                        if (!refused(r, List.of())) {
                            problems.add("role not allowed but not refused: " + where);
                        }
                    } else if (side == OWN) {
                        if (refused(r, op.ownAccepts()) || status == 401) {
                            problems.add("allowed role refused on its own unit's record: " + where);
                        }
                    } else if (!refused(r, List.of()) && !(status == 400 && body(r).matches(
                            "(?s).*\"field\":\"[A-Za-z]*(unitId|UnitId|orgId|agencyId)\".*"))) {
                        // (a new record for another unit may also be refused on the field naming that unit)
                        problems.add("another unit's record not refused: " + where);
                    }
                }
                seen.put(who, cells);
            }
            seen.forEach((who, cells) -> table.append("| ").append(key).append(" | ")
                    .append(who == null ? "anonymous" : who).append(who != null && gaps.contains(who) ? " (known gap)" : "")
                    .append(" | ").append(cells[0]).append(" | ").append(cells[1] == null ? "" : cells[1])
                    .append(" |\n"));
        }
        Path report = Path.of("target", "authorization-matrix.md");
        Files.createDirectories(report.getParent());
        Files.writeString(report, table.toString(), StandardCharsets.UTF_8);
        Files.writeString(report.resolveSibling("authorization-matrix-api-docs.json"), apiDocs, StandardCharsets.UTF_8);
        assertThat(problems).as("see %s", report.toAbsolutePath()).isEmpty();
    }

    private static String abbreviate(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 240 ? one.substring(0, 240) + "…" : one;
    }
}
