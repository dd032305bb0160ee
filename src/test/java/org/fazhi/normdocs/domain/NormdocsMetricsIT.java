package org.fazhi.normdocs.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fazhi.assessment.Assessment;
import org.fazhi.assessment.MetricRecord;
import org.fazhi.assessment.MetricValue;
import org.fazhi.normdocs.DraftRequest;
import org.fazhi.normdocs.FilingRequest;
import org.fazhi.normdocs.IssuingBody;
import org.fazhi.normdocs.NormativeDocument;
import org.fazhi.participation.PublicConsultation;
import org.fazhi.review.ConclusionRequest;
import org.fazhi.review.LegalAdviser;
import org.fazhi.review.ReviewOutcome;
import org.fazhi.review.LegalityReview;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The module's assessment figures on a small town of its own, each number checked against the
 * records behind it: legality review rate, review within limit, consultation compliance, filing
 * rate / timeliness / completeness, registered and published counts, issuing bodies and adviser
 * uses.
 */
@FazhiIT
class NormdocsMetricsIT extends NormdocsTestBase {

    static final LocalDate PUBLISHED = LocalDate.of(2025, 3, 20);

    @Autowired
    Assessment assessment;

    private FilingRequest filing(LocalDate on, Boolean acceptIncomplete, String reason) {
        return new FilingRequest("示范县人民政府", on, "BA" + on, acceptIncomplete, reason);
    }

    @Test
    void theFiguresOfATownAndYearMatchTheRecordsBehindThem() {
        LegalAdviser adviser = fx.adviser(ctx, "周律师", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        fx.adviser(ctx, "吴律师", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        IssuingBody second = fx.secondBody(ctx, "综合办");
        IssuingBody third = fx.secondBody(ctx, "临时办");
        as("fzb", () -> bodies.delist(third.id()));

        // A: consulted (3-03 .. 3-12, the earliest close), reviewed in 5 working days, published
        on(LocalDate.of(2025, 3, 3));
        NormativeDocument a = draft("指标文件甲", true);
        PublicConsultation c = as(fx.drafter(), () -> consultations.open(a.id(), LocalDate.of(2025, 3, 12)));
        assertThat(c.earliestClose()).isEqualTo(LocalDate.of(2025, 3, 12));
        // E: a review that runs past its limit (3-03 + 15 working days = 3-24), advisers consulted twice
        NormativeDocument e = draft("指标文件戊", false);
        LegalityReview late = submit(e.id());
        assertThat(late.dueOn()).isEqualTo(LocalDate.of(2025, 3, 24));
        on(LocalDate.of(2025, 3, 13));
        as(fx.drafter(), () -> consultations.close(a.id()));
        LegalityReview reviewOfA = submit(a.id());
        as(fx.reviewer(), () -> reviews.consult(late.id(), adviser.id(), LocalDate.of(2025, 3, 10), "第一次意见"));
        as(fx.reviewer(), () -> reviews.consult(late.id(), adviser.id(), null, "第二次意见"));
        on(LocalDate.of(2025, 3, 20));
        as(fx.reviewer(), () -> reviews.conclude(reviewOfA.id(), new ConclusionRequest(ReviewOutcome.LAWFUL, "合法。",
                List.of(), null)));
        on(LocalDate.of(2025, 3, 26));
        conclude(late.id(), ReviewOutcome.LAWFUL, List.of());

        on(PUBLISHED);
        deliberate(a.id());
        register(a.id());
        publish(a.id());
        // B, C, D: no consultation needed, reviewed early with a reason, published the same day
        NormativeDocument b = published(second, "指标文件乙");
        NormativeDocument cc = as(fx.drafter(), () -> documents.create(new DraftRequest(fx.body().id(), null, null,
                "指标文件丙" + fx.tag(), false, "正文", null, "制定依据", "不涉及群众切身利益，对权利义务没有重大影响")));
        lawful(cc.id());
        deliberate(cc.id());
        register(cc.id());
        publish(cc.id());
        NormativeDocument d = published("指标文件丁");

        // filings: A on time, B late (due 4-19 is a Saturday, rolled over to 4-21), C incomplete on time, D not filed
        on(LocalDate.of(2025, 3, 25));
        as(fx.drafter(), () -> filings.file(a.id(), filing(LocalDate.of(2025, 3, 25), null, null)));
        as(fx.drafter(), () -> filings.file(cc.id(), filing(LocalDate.of(2025, 3, 25), true, "起草说明另行报送")));
        on(LocalDate.of(2025, 5, 6));
        assertThat(as(fx.drafter(), () -> filings.of(b.id())).orElseThrow().dueOn()).isEqualTo(LocalDate.of(2025, 4, 21));
        as(fx.drafter(), () -> filings.file(b.id(), filing(LocalDate.of(2025, 4, 22), null, null)));

        Map<String, MetricValue> v = as(fx.drafter(), () -> assessment.figures(fx.town(), 2025, "normdocs")).stream()
                .collect(Collectors.toMap(f -> f.metric().id(), f -> f.value()));
        assertRate(v, "normdocs.legality-review-rate", 4, 4, "100.00");
        assertRate(v, "normdocs.review-within-limit", 4, 5, "80.00");
        assertRate(v, "normdocs.consultation-compliance", 1, 1, "100.00");
        assertRate(v, "normdocs.filing-rate", 3, 4, "75.00");
        assertRate(v, "normdocs.filing-timeliness", 2, 4, "50.00");
        assertRate(v, "normdocs.filing-completeness", 2, 3, "66.67");
        assertThat(v.get("normdocs.registered").value()).isEqualByComparingTo("4");
        assertThat(v.get("normdocs.published").value()).isEqualByComparingTo("4");
        assertThat(v.get("normdocs.repealed").value()).isEqualByComparingTo("0");
        assertThat(v.get("normdocs.issuing-bodies").value()).isEqualByComparingTo("2");
        assertThat(v.get("normdocs.adviser-uses").value()).isEqualByComparingTo("2");
        assertThat(as(fx.drafter(), () -> assessment.figures(fx.town(), 2024, "normdocs")).stream()
                .filter(f -> f.metric().id().equals("normdocs.published")).findFirst().orElseThrow().value().value())
                .isEqualByComparingTo("0");

        assertThat(records("normdocs.review-within-limit")).filteredOn(r -> !r.counted())
                .extracting(MetricRecord::link).containsExactly("/console/review/requests/" + late.id());
        assertThat(records("normdocs.filing-rate")).filteredOn(r -> !r.counted()).extracting(MetricRecord::link)
                .containsExactly("/console/normdocs/" + d.id());
        // 及时率 = filed on time / due for filing: B filed late, D not filed at all
        assertThat(records("normdocs.filing-timeliness")).filteredOn(r -> !r.counted()).extracting(MetricRecord::link)
                .containsExactly("/console/normdocs/" + b.id(), "/console/normdocs/" + d.id());
        assertThat(records("normdocs.filing-completeness")).filteredOn(r -> !r.counted())
                .extracting(MetricRecord::link).containsExactly("/console/normdocs/" + cc.id());
        assertThat(records("normdocs.issuing-bodies")).extracting(MetricRecord::label)
                .containsExactlyInAnyOrder(fx.body().name(), second.name());
        assertThat(records("normdocs.adviser-uses")).filteredOn(MetricRecord::counted)
                .extracting(MetricRecord::note).containsExactly("2");
        assertThat(as(fx.reviewer(), () -> advisers.withUses(2025))).filteredOn(u -> u.adviser().id().equals(adviser.id()))
                .singleElement().satisfies(u -> assertThat(u.uses()).isEqualTo(2));
        assertThat(as(fx.reviewer(), () -> advisers.withUses(2024))).filteredOn(u -> u.adviser().id().equals(adviser.id()))
                .singleElement().satisfies(u -> assertThat(u.uses()).isZero());
    }

    @Test
    void aReviewStillOpenPastItsLimitCountsAgainstTheLimit() {
        on(LocalDate.of(2024, 3, 4));
        NormativeDocument d = draft("逾期未办结文件", false);
        LegalityReview open = submit(d.id());
        on(LocalDate.of(2024, 6, 3));
        List<MetricRecord> records = records("normdocs.review-within-limit", 2024);
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.counted()).isFalse();
            assertThat(r.link()).isEqualTo("/console/review/requests/" + open.id());
        });
    }

    private List<MetricRecord> records(String metric) {
        return records(metric, 2025);
    }

    private List<MetricRecord> records(String metric, int year) {
        return as(fx.drafter(), () -> assessment.records(metric, fx.town(), year));
    }

    private static void assertRate(Map<String, MetricValue> values, String id, long numerator, long denominator,
            String percent) {
        MetricValue v = values.get(id);
        assertThat(v).as(id).isNotNull();
        assertThat(v.numerator()).as(id + " numerator").isEqualTo(numerator);
        assertThat(v.denominator()).as(id + " denominator").isEqualTo(denominator);
        assertThat(v.value()).as(id).isEqualByComparingTo(percent);
    }

    @Test
    void aDocumentStillWithinItsFilingPeriodCountsInNeitherFilingRateNorTimeliness() {
        on(LocalDate.of(2023, 6, 5));
        NormativeDocument d = published("报备期内文件");
        LocalDate due = as(fx.drafter(), () -> filings.of(d.id())).orElseThrow().dueOn();
        on(due);
        assertThat(records("normdocs.filing-rate", 2023)).as("on the last day of the period").isEmpty();
        assertThat(records("normdocs.filing-timeliness", 2023)).isEmpty();
        on(due.plusDays(1));
        assertThat(records("normdocs.filing-rate", 2023)).as("the day after, unfiled: a failure")
                .singleElement().satisfies(r -> assertThat(r.counted()).isFalse());
        assertThat(records("normdocs.filing-timeliness", 2023)).singleElement()
                .satisfies(r -> assertThat(r.counted()).isFalse());
    }
}
