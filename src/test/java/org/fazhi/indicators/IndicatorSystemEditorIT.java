package org.fazhi.indicators;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.fazhi.calendar.KernelTestSupport;
import org.fazhi.support.FazhiIT;
import org.fazhi.units.ActingAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The console's editor of a locality's indicator system: an area renamed and an indicator's weight,
 * target and scoring method changed through the forms, each change audited; a field not accepted is
 * named in the error summary and changes nothing; a shipped system shows no editor and refuses a change.
 */
@FazhiIT
class IndicatorSystemEditorIT {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    IndicatorSystems systems;
    @Autowired
    ActingAs as;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theRuleOfLawOfficeEditsItsCopyThroughTheFormsAndTheShippedSystemStaysReadOnly() throws Exception {
        var office = KernelTestSupport.console(users, "fzb");
        long shipped = systems.forYear(1999, null).id();
        IndicatorSystem copy = as.run("fzb", () -> systems.copy(shipped, new CopyRequest(
                "ed-" + UUID.randomUUID().toString().substring(0, 8), "编辑测试体系", 2024)));
        IndicatorSystems.SystemTree tree = systems.treeOf(copy.id());
        IndicatorArea area = tree.areas().get(0);
        Indicator indicator = tree.of(area).get(0);
        String uri = "/console/indicators/systems/" + copy.id();
        assertThat(page(uri, office)).contains("indicator-" + indicator.id(), "id=\"area-title-" + area.id() + "\"");

        MvcTestResult renamed = mvc.post().uri(uri + "/areas/" + area.id()).with(office)
                .param("title", "依法全面履行政府职能（本县）").param("version", String.valueOf(tree.system().version()))
                .exchange();
        assertThat(renamed.getResponse().getStatus()).isEqualTo(302);
        int version = systems.treeOf(copy.id()).system().version();

        MvcTestResult bad = mvc.post().uri(uri + "/indicators/" + indicator.id()).with(office)
                .param("title", indicator.title()).param("comparison", "AT_LEAST").param("weight", "很多")
                .param("scoring", "PROPORTIONAL").param("version", String.valueOf(version)).exchange();
        assertThat(bad.getResponse().getStatus()).isEqualTo(200);
        String html = bad.getResponse().getContentAsString(UTF_8);
        String summary = html.substring(html.indexOf("id=\"error-summary\""));
        assertThat(summary.substring(0, summary.indexOf("</div>"))).contains("分值：");
        assertThat(systems.treeOf(copy.id()).system().version()).isEqualTo(version);

        MvcTestResult saved = mvc.post().uri(uri + "/indicators/" + indicator.id()).with(office)
                .param("title", indicator.title()).param("metricId", "normdocs.filing-rate").param("ruleId", "")
                .param("comparison", "AT_LEAST").param("target", "95").param("weight", "7.5")
                .param("scoring", "DEDUCT_PER_POINT").param("deductPerPoint", "0.5")
                .param("version", String.valueOf(version)).exchange();
        assertThat(saved.getResponse().getStatus()).isEqualTo(302);
        Indicator after = systems.treeOf(copy.id()).indicators().stream().filter(i -> i.id() == indicator.id())
                .findFirst().orElseThrow();
        assertThat(after.weight()).isEqualByComparingTo("7.5");
        assertThat(after.target()).isEqualByComparingTo("95");
        assertThat(after.scoring()).isEqualTo(ScoringFunction.DEDUCT_PER_POINT);
        assertThat(systems.treeOf(copy.id()).areas().get(0).title()).isEqualTo("依法全面履行政府职能（本县）");
        assertThat(audited("indicator-area", area.id())).isEqualTo(1);
        assertThat(audited(Indicator.SUBJECT.name(), indicator.id())).isEqualTo(1);

        String shippedPage = page("/console/indicators/systems/" + shipped, office);
        assertThat(shippedPage).contains("id=\"read-only\"").doesNotContain("/indicators/systems/" + shipped + "/indicators/");
        IndicatorSystems.SystemTree original = systems.treeOf(shipped);
        Indicator first = original.indicators().get(0);
        MvcTestResult refused = mvc.post().uri("/console/indicators/systems/" + shipped + "/indicators/" + first.id())
                .with(office).param("title", "改不了").param("comparison", "AT_LEAST").param("weight", "1")
                .param("scoring", "MANUAL").param("version", String.valueOf(original.system().version())).exchange();
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(refused.getResponse().getContentAsString(UTF_8)).contains("内置指标体系不能修改");
        assertThat(systems.treeOf(shipped).indicators().get(0).title()).isEqualTo(first.title());
    }

    private String page(String uri, org.springframework.test.web.servlet.request.RequestPostProcessor who)
            throws Exception {
        MvcTestResult r = mvc.get().uri(uri).with(who).exchange();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        String html = r.getResponse().getContentAsString(UTF_8);
        assertThat(html).doesNotContain("??");
        return html;
    }

    private long audited(String entity, long id) {
        return jdbc.sql("select count(*) from audit_event where entity_type = :t and entity_id = :id")
                .param("t", entity).param("id", String.valueOf(id)).query(Long.class).single();
    }
}
