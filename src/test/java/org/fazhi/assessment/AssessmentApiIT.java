package org.fazhi.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fazhi.support.DemoUsers;
import org.fazhi.support.FazhiIT;
import org.fazhi.support.TestClock;
import org.fazhi.units.Units;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The assessment API: every figure of a unit subtree and year equals what the records behind it
 * say, the caller's unit and the current year are the defaults, a unit outside the caller's scope
 * answers 404, the administrator roles 403, bad input 400 and an unknown metric 404, all as RFC
 * 9457 problems.
 */
@FazhiIT
class AssessmentApiIT {

    private static AssessmentTown town;

    @Autowired
    MockMvcTester mvc;
    @Autowired
    ApplicationContext ctx;
    @Autowired
    Units units;
    @Autowired
    TestClock clock;

    @BeforeEach
    void town() {
        if (town == null) {
            town = AssessmentTown.create(ctx);
        }
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private MvcTestResult get(String user, String uri) {
        return mvc.get().uri(uri).with(DemoUsers.as(user))
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON).exchange();
    }

    private static String body(MvcTestResult r) {
        return new String(r.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private static <T> T read(MvcTestResult r, String path) {
        return JsonPath.read(body(r), path);
    }

    private static void problem(MvcTestResult r, int status) {
        assertThat(r.getResponse().getStatus()).as(body(r)).isEqualTo(status);
        assertThat(r.getResponse().getContentType()).contains("problem+json");
        assertThat((Integer) read(r, "$.status")).isEqualTo(status);
    }

    private long unit(String code) {
        return units.findByCode(code).orElseThrow().id();
    }

    @Test
    void theFilingRateOfATownIsItsFiledDocumentsOverItsPublishedOnesWithTheRecordsBehind() {
        MvcTestResult r = get("lingdao", "/api/v1/assessment/metrics/normdocs.filing-rate?unit=" + town.town()
                + "&year=" + AssessmentTown.YEAR);
        assertThat(r.getResponse().getStatus()).as(body(r)).isEqualTo(200);
        assertThat((Integer) read(r, "$.unit")).isEqualTo((int) town.town());
        assertThat((String) read(r, "$.unitName")).isEqualTo("测试镇" + town.fx().tag() + "人民政府");
        assertThat((Integer) read(r, "$.year")).isEqualTo(AssessmentTown.YEAR);
        assertThat((String) read(r, "$.id")).isEqualTo("normdocs.filing-rate");
        assertThat((String) read(r, "$.name")).isEqualTo("报备率");
        assertThat((String) read(r, "$.kind")).isEqualTo("RATE");
        assertThat((String) read(r, "$.ruleId")).isEqualTo("ND-06");
        assertThat(((Number) read(r, "$.target")).doubleValue()).isEqualTo(100.0);
        assertThat(((Number) read(r, "$.numerator")).longValue()).isEqualTo(1);
        assertThat(((Number) read(r, "$.denominator")).longValue()).isEqualTo(2);
        assertThat(((Number) read(r, "$.value")).doubleValue()).isEqualTo(50.0);
        List<Map<String, Object>> records = read(r, "$.records");
        assertThat(records).hasSize(2);
        assertThat(records).filteredOn(m -> Boolean.TRUE.equals(m.get("counted"))).extracting(m -> m.get("link"))
                .containsExactly("/console/normdocs/" + town.filed().id());
        assertThat(records).filteredOn(m -> Boolean.FALSE.equals(m.get("counted"))).extracting(m -> m.get("link"))
                .containsExactly("/console/normdocs/" + town.notFiled().id());
        assertThat(records).extracting(m -> (String) m.get("label"))
                .allSatisfy(l -> assertThat(l).contains(town.fx().tag()));

        MvcTestResult en = get("lingdao", "/api/v1/assessment/metrics/normdocs.filing-rate?unit=" + town.town()
                + "&year=" + AssessmentTown.YEAR + "&lang=en");
        assertThat((String) read(en, "$.name")).isEqualTo("Filing rate");
    }

    @Test
    void everyFigureOfTheListIsWhatTheRecordsBehindItCount() {
        String q = "?unit=" + town.town() + "&year=" + AssessmentTown.YEAR;
        MvcTestResult list = get("fzb", "/api/v1/assessment/metrics" + q + "&module=normdocs");
        assertThat(list.getResponse().getStatus()).as(body(list)).isEqualTo(200);
        List<Map<String, Object>> metrics = read(list, "$.metrics");
        assertThat(metrics).extracting(m -> m.get("id")).contains("normdocs.legality-review-rate",
                "normdocs.filing-rate", "normdocs.published", "normdocs.issuing-bodies");
        assertThat(metrics).allSatisfy(m -> assertThat(m.get("module")).isEqualTo("normdocs"));
        for (Map<String, Object> m : metrics) {
            String id = (String) m.get("id");
            MvcTestResult detail = get("fzb", "/api/v1/assessment/metrics/" + id + q);
            assertThat(detail.getResponse().getStatus()).as(id).isEqualTo(200);
            List<Map<String, Object>> records = read(detail, "$.records");
            long counted = records.stream().filter(x -> Boolean.TRUE.equals(x.get("counted"))).count();
            long numerator = ((Number) m.get("numerator")).longValue();
            long denominator = ((Number) m.get("denominator")).longValue();
            assertThat(((Number) read(detail, "$.numerator")).longValue()).as(id).isEqualTo(numerator);
            switch ((String) m.get("kind")) {
                case "RATE" -> {
                    assertThat(numerator).as(id + " numerator = records counted").isEqualTo(counted);
                    assertThat(denominator).as(id + " denominator = records").isEqualTo(records.size());
                    if (denominator == 0) {
                        assertThat(m.get("value")).as(id).isNull();
                    } else {
                        assertThat(((Number) m.get("value")).doubleValue()).as(id)
                                .isCloseTo(100.0 * counted / records.size(), org.assertj.core.data.Offset.offset(0.005));
                    }
                }
                case "COUNT" -> {
                    if (!id.equals("normdocs.adviser-uses")) {
                        assertThat(numerator).as(id + " = records counted").isEqualTo(counted);
                    }
                    assertThat(((Number) m.get("value")).longValue()).as(id).isEqualTo(numerator);
                }
                default -> {
                }
            }
        }
        assertThat(metrics).filteredOn(m -> m.get("id").equals("normdocs.published")).singleElement()
                .satisfies(m -> assertThat(((Number) m.get("value")).longValue()).isEqualTo(2));
        assertThat(metrics).filteredOn(m -> m.get("id").equals("normdocs.legality-review-rate")).singleElement()
                .satisfies(m -> {
                    assertThat(((Number) m.get("numerator")).longValue()).isEqualTo(2);
                    assertThat(((Number) m.get("denominator")).longValue()).isEqualTo(2);
                });
    }

    @Test
    void aYearWithoutRecordsHasNothingToMeasure() {
        MvcTestResult r = get("fzb", "/api/v1/assessment/metrics/normdocs.filing-rate?unit=" + town.town()
                + "&year=2001");
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(((Number) read(r, "$.denominator")).longValue()).isZero();
        assertThat((Object) read(r, "$.value")).isNull();
        assertThat((List<?>) read(r, "$.records")).isEmpty();
    }

    @Test
    void theCallersUnitAndTheCurrentYearAreTheDefaults() {
        clock.setDate(LocalDate.of(2025, 6, 2));
        MvcTestResult r = get("lingdao", "/api/v1/assessment/metrics");
        assertThat(r.getResponse().getStatus()).as(body(r)).isEqualTo(200);
        assertThat(((Number) read(r, "$.unit")).longValue()).isEqualTo(unit("SFX"));
        assertThat((String) read(r, "$.unitName")).isEqualTo("示范县人民政府");
        assertThat((Integer) read(r, "$.year")).isEqualTo(2025);
        assertThat((List<?>) read(r, "$.metrics")).isNotEmpty();

        MvcTestResult donghu = get("donghu", "/api/v1/assessment/metrics/normdocs.published");
        assertThat(donghu.getResponse().getStatus()).as(body(donghu)).isEqualTo(200);
        assertThat(((Number) read(donghu, "$.unit")).longValue()).isEqualTo(unit("SFX-DH"));
        assertThat((Integer) read(donghu, "$.year")).isEqualTo(2025);
    }

    @Test
    void aUnitOutsideTheCallersScopeIsNotFound() {
        for (String code : List.of("SFX", "LX", "SFS", "SFX-XS")) {
            problem(get("donghu", "/api/v1/assessment/metrics?unit=" + unit(code)), 404);
            problem(get("donghu", "/api/v1/assessment/metrics/normdocs.filing-rate?unit=" + unit(code)), 404);
        }
        problem(get("linxian", "/api/v1/assessment/metrics?unit=" + unit("SFX")), 404);
        // the county's justice bureau does not see a town's records
        problem(get("shencha", "/api/v1/assessment/metrics?unit=" + town.town()), 404);
        problem(get("lingdao", "/api/v1/assessment/metrics?unit=" + unit("LX")), 404);
        problem(get("lingdao", "/api/v1/assessment/metrics?unit=999999999"), 404);
        assertThat(get("donghu", "/api/v1/assessment/metrics?unit=" + unit("SFX-DH")).getResponse().getStatus())
                .isEqualTo(200);
        assertThat(get("lingdao", "/api/v1/assessment/metrics?unit=" + unit("SFX-DH")).getResponse().getStatus())
                .isEqualTo(200);
    }

    @Test
    void theAdministratorRolesAndOtherBusinessRolesAreRefused() {
        for (String user : List.of("auditor", "secadmin", DemoUsers.ADMIN, "qicao", "zhifa1")) {
            problem(get(user, "/api/v1/assessment/metrics"), 403);
            problem(get(user, "/api/v1/assessment/metrics/normdocs.filing-rate"), 403);
        }
        for (String user : List.of("lingdao", "fzb", "shencha", "donghu")) {
            assertThat(get(user, "/api/v1/assessment/metrics").getResponse().getStatus()).as(user).isEqualTo(200);
        }
        assertThat(mvc.get().uri("/api/v1/assessment/metrics").accept(MediaType.APPLICATION_JSON).exchange()
                .getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void badInputIsAProblemAndAnUnknownMetricIsNotFound() {
        for (String q : List.of("year=1999", "year=2101", "year=-5", "year=abc", "year=99999999999", "unit=0",
                "unit=-3", "unit=x", "module=", "module=nosuchmodule", "module=" + "m".repeat(41))) {
            MvcTestResult r = get("fzb", "/api/v1/assessment/metrics?" + q);
            problem(r, 400);
        }
        MvcTestResult unknownModule = get("fzb", "/api/v1/assessment/metrics?module=nosuchmodule");
        assertThat((String) read(unknownModule, "$.errors[0].field")).isEqualTo("module");
        assertThat((String) read(unknownModule, "$.errors[0].message")).contains("nosuchmodule");
        for (String q : List.of("year=1999", "year=2101", "unit=abc")) {
            problem(get("fzb", "/api/v1/assessment/metrics/normdocs.filing-rate?" + q), 400);
        }
        problem(get("fzb", "/api/v1/assessment/metrics/normdocs.no-such-metric"), 404);
        problem(get("fzb", "/api/v1/assessment/metrics/" + "x".repeat(101)), 400);
        MvcTestResult year = get("fzb", "/api/v1/assessment/metrics?year=1999");
        assertThat((String) read(year, "$.errors[0].field")).endsWith("year");
    }
}
