package org.fazhi.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fazhi.calendar.KernelTestSupport.console;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.fazhi.assessment.Metric;
import org.fazhi.assessment.MetricRecord;
import org.fazhi.assessment.MetricSource;
import org.fazhi.calendar.WorkingCalendar;
import org.fazhi.deadlines.DeadlineStatus;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.rules.RuleTerm;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.RefusedException;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * GI-05 proactive disclosure: an item formed before the 国庆 holiday is due on the official calendar with its limit
 * on the 督办台; publishing it (day and link) meets the limit, late when after it; the on-time rate counts the items
 * behind it; the portal lists the published items; Table 二's 规章 本年制发 is a count of the register's items (change
 * one, the cell changes); another unit's item answers 404 and cannot be registered for it.
 */
@FazhiIT
class ProactiveDisclosureIT extends DisclosureTestBase {

    @Autowired
    ProactiveDisclosures proactive;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    List<MetricSource> sources;
    @Autowired
    List<ProactiveDisclosureFigures> figures;
    @Autowired
    MockMvcTester mvc;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    private ProactiveItem add(String title, ProactiveCategory category, String formedOn) {
        return as(fx.clerk(), () -> proactive.add(new ProactiveItemRequest(fx.dept(), title + fx.tag(), category,
                ProactiveChange.FORMED, d(formedOn), null, null)));
    }

    private ProactiveItem publish(ProactiveItem i, String on, String link) {
        return as(fx.clerk(), () -> proactive.publish(i.id(), new ProactivePublishRequest(d(on), link, i.version())));
    }

    private BigDecimal rulesIssued(int year) {
        return figures.stream().filter(f -> f.cells().contains(Table2Cell.RULES_ISSUED)).findFirst().orElseThrow()
                .figures(fx.dept(), year).get(Table2Cell.RULES_ISSUED);
    }

    @Test
    void gi05AnItemIsDueOnTheOfficialCalendarPublishingItMeetsTheLimitAndTheRateCountsTheItems() {
        on("2025-09-26");
        ProactiveItem onTime = add("示范县2025年第三季度重大建设项目进展", ProactiveCategory.MAJOR_PROJECTS, "2025-09-26");
        LocalDate due = calendar.dueByRule("GI-05", RuleTerm.AMOUNT, d("2025-09-26"), fx.dept(), List.of()).due();
        assertThat(onTime.dueOn()).isEqualTo(due).isAfter(d("2025-10-24"));
        TrackedDeadline clock = deadlines.find(onTime.deadlineId()).orElseThrow();
        assertThat(clock.ruleId()).isEqualTo("GI-05");
        assertThat(clock.dueDate()).isEqualTo(due);

        on("2025-10-20");
        assertThatThrownBy(() -> publish(onTime, "2025-10-20", "javascript:alert(1)"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldProblems()).extracting(p -> p.field()).containsExactly("link"));
        assertThatThrownBy(() -> publish(onTime, "2025-09-01", "/disclosure/proactive"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldProblems()).extracting(p -> p.field()).containsExactly("publishedOn"));
        ProactiveItem published = publish(onTime, "2025-10-20", "https://www.example.gov.cn/zdxm/2025q3.html");
        assertThat(published.onTime()).isTrue();
        assertThat(deadlines.find(onTime.deadlineId()).orElseThrow().status()).isEqualTo(DeadlineStatus.MET);
        assertThatThrownBy(() -> publish(published, "2025-10-20", "/x")).isInstanceOf(RefusedException.class);

        on("2025-11-03");
        ProactiveItem late = add("示范县2025年政府投资计划调整", ProactiveCategory.PLANS, "2025-09-26");
        ProactiveItem lateDone = publish(late, "2025-11-03", "/disclosure/proactive");
        assertThat(lateDone.onTime()).isFalse();
        assertThat(deadlines.find(late.deadlineId()).orElseThrow().late()).isTrue();

        MetricSource source = sources.stream().filter(s -> s.metrics().stream().map(Metric::id).toList()
                .contains("disclosure.proactive-on-time-rate")).findFirst().orElseThrow();
        assertThat(source.metrics()).extracting(Metric::id).contains("disclosure.reply-rate");
        List<MetricRecord> records = source.records("disclosure.proactive-on-time-rate", Set.of(fx.dept()), 2025);
        assertThat(records).hasSize(2).filteredOn(MetricRecord::counted).hasSize(1);

        assertThat(mvc.get().uri("/disclosure/proactive")).hasStatusOk().bodyText()
                .contains("示范县2025年第三季度重大建设项目进展" + fx.tag(), "https://www.example.gov.cn/zdxm/2025q3.html");
    }

    @Test
    void table2RulesIssuedIsACountOfTheRegistersRulesAndAnotherUnitsItemIsNotFound() {
        on("2025-06-02");
        BigDecimal before = rulesIssued(2025);
        assertThat(before).isEqualByComparingTo("0");
        ProactiveItem rule = add("示范县某某管理办法", ProactiveCategory.RULES, "2025-06-02");
        assertThat(rulesIssued(2025)).as("registered, not yet published").isEqualByComparingTo("0");
        publish(rule, "2025-06-02", "/normdocs");
        assertThat(rulesIssued(2025)).isEqualByComparingTo("1");
        ProactiveItem other = add("示范县政府信息公开指南", ProactiveCategory.OTHER, "2025-06-02");
        publish(other, "2025-06-02", "/disclosure/proactive");
        assertThat(rulesIssued(2025)).as("only rules count").isEqualByComparingTo("1");

        assertThatThrownBy(() -> as(fx.outsider(), () -> proactive.item(rule.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(fx.outsider(), () -> proactive.publish(other.id(),
                new ProactivePublishRequest(d("2025-06-02"), "/x", null)))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(fx.outsider(), () -> proactive.add(new ProactiveItemRequest(fx.dept(), "越权登记",
                ProactiveCategory.OTHER, ProactiveChange.FORMED, d("2025-06-02"), null, null))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldProblems()).extracting(p -> p.field()).containsExactly("unitId"));
        assertThat(as(fx.outsider(), () -> proactive.register())).extracting(ProactiveItem::id)
                .doesNotContain(rule.id(), other.id());
    }

    @Test
    void theRegisterPageRendersInBothLanguagesAndAFormWithoutTitleIsAnsweredNamingTheField() {
        on("2025-06-02");
        add("页面测试事项", ProactiveCategory.BUDGETS, "2025-06-02");
        for (String lang : List.of("zh_CN", "en")) {
            assertThat(mvc.get().uri("/console/disclosure/proactive?lang=" + lang).with(console(users, fx.clerk())))
                    .hasStatusOk().bodyText().contains("页面测试事项" + fx.tag(), "proactive-add");
        }
        assertThat(mvc.post().uri("/console/disclosure/proactive").param("unitId", String.valueOf(fx.dept()))
                .param("title", "").param("category", "BUDGETS").param("change", "FORMED").param("formedOn", "2025-06-02")
                .with(console(users, fx.clerk()))).hasStatusOk().bodyText().contains("error-summary", "事项名称");
    }
}
