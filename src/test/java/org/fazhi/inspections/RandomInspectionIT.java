package org.fazhi.inspections;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.fazhi.enforcement.EnforcementTestBase;
import org.fazhi.enforcement.Officer;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.json.JsonMapper;

/**
 * A random inspection drawn by the agency is reproduced by anyone from the published pools and seed —
 * through the public API and by the algorithm alone; the pools are the roster's objects of the item's
 * type and the agency's officers with valid certificates (an expired or suspended one is left out);
 * every task gets two different inspectors; a draw with fewer than two valid officers is refused
 * (PN-01); results are published only once every task has one; another agency sees nothing.
 */
@FazhiIT
class RandomInspectionIT extends EnforcementTestBase {

    @Autowired
    RandomInspections inspections;
    @Autowired
    MockMvcTester mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    org.fazhi.inspections.internal.InspectionsMetrics metrics;

    @Test
    void theDrawIsReproducedFromThePublishedPoolsAndSeed() throws Exception {
        InspectionItem item = officer(() -> inspections.addItem(new ItemRequest(fx.unit(), "I" + fx.tag(),
                "食品经营者监督检查", "《中华人民共和国食品安全法》第一百一十条", "食品经营者" + fx.tag(),
                new BigDecimal("30"), 1, "现场检查")));
        for (int i = 1; i <= 12; i++) {
            int n = i;
            officer(() -> inspections.addObject(new ObjectRequest(fx.unit(), "食品经营者" + fx.tag(), "测试餐馆" + n,
                    "91" + fx.tag() + String.format("%04d", n), "东湖镇" + n + "号")));
        }
        InspectionPlan plan = officer(() -> inspections.plan(new PlanRequest(fx.agency().id(), item.id(),
                "食品经营者抽查" + fx.tag(), today(), today().plusMonths(2), null)));
        refused(() -> officer(() -> inspections.publishResults(plan.id(), null)), "wrong-status");
        InspectionPlan drawn = officer(() -> inspections.draw(plan.id(), null));
        assertThat(drawn.seed()).hasSize(64);
        assertThat(drawn.objectCount()).as("30% of 12, rounded up").isEqualTo(4);

        PublishedDraw published = inspections.publishedDraw(plan.id());
        assertThat(published.inspectorPool()).extracting(RandomDraw.Entry::id)
                .contains(fx.a().id(), fx.b().id(), fx.c().id())
                .doesNotContain(fx.expired().id(), fx.suspended().id(), fx.auxiliary().id(), fx.foreign().id());
        assertThat(published.objectPool()).hasSize(12);
        assertThat(published.tasks()).allSatisfy(t -> assertThat(t.inspectorA()).isNotEqualTo(t.inspectorB()));

        RandomDraw.Result byHand = RandomDraw.draw(published.seed(), published.objectPool(), published.inspectorPool(),
                published.count());
        assertThat(byHand.objectPoolDigest()).isEqualTo(drawn.objectPoolDigest());
        assertThat(byHand.inspectorPoolDigest()).isEqualTo(drawn.inspectorPoolDigest());
        assertThat(byHand.resultDigest()).isEqualTo(drawn.resultDigest());
        assertThat(byHand.tasks()).extracting(RandomDraw.Task::objectId)
                .containsExactlyElementsOf(published.tasks().stream().map(PublishedDraw.PublicTask::objectId).toList());

        String draw = mvc.get().uri("/api/v1/public/inspections/plans/" + plan.id()).exchange().getResponse()
                .getContentAsString(UTF_8);
        String body = json.writeValueAsString(Map.of("algorithm", JsonPath.read(draw, "$.algorithm"), "seed",
                JsonPath.read(draw, "$.seed"), "count", JsonPath.read(draw, "$.count"), "objectPool",
                JsonPath.read(draw, "$.objectPool"), "inspectorPool", JsonPath.read(draw, "$.inspectorPool")));
        var recomputed = mvc.post().uri("/api/v1/public/inspections/draws/recompute")
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
        assertThat(recomputed.getResponse().getStatus()).isEqualTo(200);
        String again = recomputed.getResponse().getContentAsString(UTF_8);
        assertThat((String) JsonPath.read(again, "$.resultDigest")).isEqualTo(drawn.resultDigest());
        assertThat((String) JsonPath.read(again, "$.objectPoolDigest")).isEqualTo(drawn.objectPoolDigest());

        refused(() -> officer(() -> inspections.publishResults(plan.id(), null)), "results-missing");
        for (InspectionTask t : officer(() -> inspections.tasks(plan.id()))) {
            officer(() -> inspections.recordResult(plan.id(), t.id(), new ResultRequest(TaskResult.NO_PROBLEM, null,
                    null, null)));
        }
        assertThat(officer(() -> inspections.publishResults(plan.id(), null)).status()).isEqualTo(PlanStatus.PUBLISHED);
        assertThat(inspections.publishedDraw(plan.id()).tasks()).allSatisfy(t -> assertThat(t.result()).isNotNull());
        java.util.Set<Long> units = java.util.Set.of(fx.unit());
        assertThat(metrics.records("inspections.results-published", units, plan.year()))
                .filteredOn(r -> r.link().endsWith("/" + plan.id())).singleElement()
                .satisfies(r -> assertThat(r.counted()).isTrue());
        assertThat(metrics.records("inspections.inspections-done", units, plan.year()))
                .filteredOn(r -> r.link().endsWith("/" + plan.id())).isNotEmpty()
                .allSatisfy(r -> assertThat(r.counted()).isTrue());
        assertThat(metrics.value("inspections.plans-drawn", units, plan.year()).numerator()).isPositive();
        notFound(() -> as(fx.outsider(), () -> inspections.plan(plan.id())));
    }

    @Test
    void aDrawWithFewerThanTwoValidInspectorsIsRefused() {
        InspectionItem item = as(fx.outsider(), () -> inspections.addItem(new ItemRequest(fx.other().unitId(),
                "J" + fx.tag(), "检查", "依据", "对象" + fx.tag(), new BigDecimal("50"), 1, "现场检查")));
        as(fx.outsider(), () -> inspections.addObject(new ObjectRequest(fx.other().unitId(), "对象" + fx.tag(), "唯一对象",
                "92" + fx.tag() + "0001", null)));
        InspectionPlan plan = as(fx.outsider(), () -> inspections.plan(new PlanRequest(fx.other().id(), item.id(),
                "一人抽查" + fx.tag(), today(), today().plusMonths(1), null)));
        List<Officer> valid = officers.validOfficers(fx.other().id(), today());
        assertThat(valid).hasSize(1);
        refused(() -> as(fx.outsider(), () -> inspections.draw(plan.id(), null)), "too-few-inspectors");
    }

    @Test
    void theConsoleAndPortalPagesRenderInBothLanguages() throws Exception {
        InspectionItem item = officer(() -> inspections.addItem(new ItemRequest(fx.unit(), "K" + fx.tag(), "页面检查",
                "依据", "页面对象" + fx.tag(), new BigDecimal("100"), 1, "现场检查")));
        officer(() -> inspections.addObject(new ObjectRequest(fx.unit(), "页面对象" + fx.tag(), "页面商店",
                "93" + fx.tag() + "0001", null)));
        InspectionPlan plan = officer(() -> inspections.plan(new PlanRequest(fx.agency().id(), item.id(),
                "页面计划" + fx.tag(), today(), today().plusMonths(1), null)));
        var console = org.fazhi.calendar.KernelTestSupport.console(users, fx.officer());
        for (String lang : List.of("zh_CN", "en")) {
            for (String uri : List.of("/console/inspections", "/console/inspections/plans/" + plan.id())) {
                var r = mvc.get().uri(uri + "?lang=" + lang).with(console).exchange();
                assertThat(r.getResponse().getStatus()).as(uri).isEqualTo(200);
                assertThat(r.getResponse().getContentAsString(UTF_8)).as(uri).doesNotContain("??");
            }
        }
        officer(() -> inspections.draw(plan.id(), null));
        for (String lang : List.of("zh_CN", "en")) {
            for (String uri : List.of("/inspections", "/inspections/plans/" + plan.id(),
                    "/console/inspections/plans/" + plan.id())) {
                var r = uri.startsWith("/console") ? mvc.get().uri(uri + "?lang=" + lang).with(console).exchange()
                        : mvc.get().uri(uri + "?lang=" + lang).exchange();
                assertThat(r.getResponse().getStatus()).as(uri).isEqualTo(200);
                assertThat(r.getResponse().getContentAsString(UTF_8)).as(uri).doesNotContain("??");
            }
        }
    }

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    @Test
    void aRecomputationOfAnotherAlgorithmIsBadInput() {
        var r = mvc.post().uri("/api/v1/public/inspections/draws/recompute").contentType(MediaType.APPLICATION_JSON)
                .content("{\"algorithm\":\"MT19937\",\"seed\":\"" + "a".repeat(64)
                        + "\",\"count\":1,\"objectPool\":[{\"id\":1,\"label\":\"a\"}],\"inspectorPool\":[{\"id\":1,"
                        + "\"label\":\"x\"},{\"id\":2,\"label\":\"y\"}]}")
                .exchange();
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
    }
}
