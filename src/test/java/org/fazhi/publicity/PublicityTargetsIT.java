package org.fazhi.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.fazhi.assessment.MetricRecord;
import org.fazhi.assessment.MetricSource;
import org.fazhi.assessment.MetricValue;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.support.FazhiIT;
import org.fazhi.units.DataScope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The figures of legal publicity come from the records: an agency without a responsibility list for the year
 * counts against the list figure; a list is reviewed once a year and only when it exists; an exam's pass rate
 * counts those who sat it, a score at the pass mark passing; the results of a person are what the enforcement
 * module's certificate renewal reads.
 */
@FazhiIT
class PublicityTargetsIT extends PublicityTestBase {

    @Autowired
    java.util.List<MetricSource> sources;
    @Autowired
    DataScope scope;

    private MetricSource metrics() {
        return sources.stream().filter(s -> s.metrics().stream().anyMatch(m -> m.id().startsWith("publicity.")))
                .findFirst().orElseThrow();
    }

    @Test
    void anAgencyWithoutAListForTheYearCountsAgainstTheListFigure() {
        int year = 2031;
        on(LocalDate.of(year, 12, 1));
        long market = unit("SFX-SJJ");
        as("fzb", () -> duties.addLine(new DutyRequest(market, year, "广告法", "广告合规", "经营者", "以案释法")));
        Set<Long> county = as("fzb", () -> scope.visibleUnitIds());
        var records = as("fzb", () -> metrics().records("publicity.duty-lists", county, year));
        assertThat(records).filteredOn(MetricRecord::counted).extracting(MetricRecord::label)
                .contains("示范县市场监督管理局").doesNotContain("示范县自然资源局");
        assertThat(records).extracting(MetricRecord::label).contains("示范县自然资源局");
        MetricValue v = as("fzb", () -> metrics().value("publicity.duty-lists", county, year));
        assertThat(v.numerator()).isEqualTo(1);
        assertThat(v.denominator()).isEqualTo(records.size());
    }

    @Test
    void aListIsReviewedOnceAYearAndOnlyWhenItExists() {
        int year = 2032;
        on(LocalDate.of(year, 12, 20));
        long zhzf = unit("SFX-ZHZF");
        long nature = unit("SFX-ZRZY");
        assertThatThrownBy(() -> as("fzb", () -> duties.review(new DutyReviewRequest(nature, year,
                LocalDate.of(year, 12, 20), "县普法办", DutyRating.GOOD, "无"))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldProblems().get(0).messageKey()).isEqualTo("publicity.review.no-list"));
        as("fzb", () -> duties.addLine(new DutyRequest(zhzf, year, "市容条例", "市容法规", "商户", "执法中普法")));
        DutyReview r = as("fzb", () -> duties.review(new DutyReviewRequest(zhzf, year, LocalDate.of(year, 12, 20),
                "县普法办", DutyRating.EXCELLENT, "执法中普法到位")));
        assertThat(r.rating()).isEqualTo(DutyRating.EXCELLENT);
        assertThatThrownBy(() -> as("fzb", () -> duties.review(new DutyReviewRequest(zhzf, year,
                LocalDate.of(year, 12, 20), "县普法办", DutyRating.PASS, "再评"))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldProblems().get(0).messageKey()).isEqualTo("publicity.review.exists"));
        assertThat(as("fzb", () -> duties.statuses(2032)).stream().filter(s -> s.unitId() == zhzf).findFirst()
                .orElseThrow().review()).isNotNull();
    }

    @Test
    void theExamPassRateCountsThoseWhoSatAndAScoreAtThePassMarkPasses() {
        int year = 2033;
        on(LocalDate.of(year, 6, 1));
        long dh = unit("SFX-DH");
        LawExam e = exam("donghu", "SFX-DH", LocalDate.of(year, 5, 30));
        ExamResult atMark = as("donghu", () -> trainings.record(e.id(), new ResultRequest("user:9001", "甲", dh,
                new BigDecimal("60"), false)));
        as("donghu", () -> trainings.record(e.id(), new ResultRequest("user:9002", "乙", dh, new BigDecimal("59.5"),
                false)));
        as("donghu", () -> trainings.record(e.id(), new ResultRequest("user:9003", "丙", dh, null, true)));
        assertThat(atMark.passed()).isTrue();
        assertThatThrownBy(() -> as("donghu", () -> trainings.record(e.id(), new ResultRequest("user:9004", "丁", dh,
                new BigDecimal("101"), false))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        x -> assertThat(x.fieldProblems().get(0).field()).isEqualTo("score"));
        MetricValue v = as("donghu", () -> metrics().value("publicity.exam-pass-rate", Set.of(dh), year));
        assertThat(v.numerator()).isEqualTo(1);
        assertThat(v.denominator()).isEqualTo(2);
        assertThat(as("fzb", () -> trainings.resultsOf("user:9001"))).singleElement()
                .satisfies(r -> assertThat(r.kind()).isEqualTo(ExamKind.STAFF_LAW));
    }

    @Test
    void theDemoYearCarriesListsActivitiesTrainingAndAnExam() {
        Set<Long> county = as("fzb", () -> scope.visibleUnitIds());
        int year = today().getYear();
        assertThat(as("fzb", () -> metrics().value("publicity.activities-held", county, year)).numerator())
                .isGreaterThanOrEqualTo(1);
        assertThat(as("fzb", () -> metrics().value("publicity.exams", county, year)).numerator())
                .isGreaterThanOrEqualTo(1);
        assertThat(as("fzb", () -> metrics().value("publicity.legal-literate-persons", county, year)).numerator())
                .isGreaterThanOrEqualTo(2);
    }
}
