package org.fazhi.enforcement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.fazhi.assessment.Metric;
import org.fazhi.assessment.MetricRecord;
import org.fazhi.assessment.MetricValue;
import org.fazhi.enforcement.Circumstance;
import org.fazhi.enforcement.ClosingRequest;
import org.fazhi.enforcement.DiscussionRequest;
import org.fazhi.enforcement.EnforcementCase;
import org.fazhi.enforcement.EnforcementTestBase;
import org.fazhi.enforcement.EvidenceStage;
import org.fazhi.enforcement.ExecutionMethod;
import org.fazhi.enforcement.ExecutionRequest;
import org.fazhi.enforcement.PenaltyType;
import org.fazhi.enforcement.ServiceMethod;
import org.fazhi.enforcement.ServiceRequest;
import org.fazhi.enforcement.internal.EnforcementMetrics;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * The enforcement figures of the assessment are computed from the cases and registers, each with the
 * records behind it: a rate counts the records it names in its numerator; uncounted records are the
 * failures (an expired certificate, a decision taken late, a stage without a record).
 */
@FazhiIT
class EnforcementMetricsIT extends EnforcementTestBase {

    @Autowired
    EnforcementMetrics metrics;
    @Autowired
    MessageSource messages;

    Set<Long> units() {
        return Set.of(fx.unit());
    }

    int year() {
        return today().getYear();
    }

    List<MetricRecord> records(String id) {
        return metrics.records("enforcement." + id, units(), year());
    }

    MetricValue value(String id) {
        return metrics.value("enforcement." + id, units(), year());
    }

    @Test
    void everyMetricIsNamedInBothLanguagesAndRatesSayWhatTheyCount() {
        for (Metric m : metrics.metrics()) {
            for (java.util.Locale l : List.of(java.util.Locale.SIMPLIFIED_CHINESE, java.util.Locale.ENGLISH)) {
                assertThat(messages.getMessage(m.labelKey(), null, null, l)).as(m.id()).isNotBlank();
                if (m.kind() == org.fazhi.assessment.MetricKind.RATE) {
                    assertThat(messages.getMessage(m.numeratorKey(), null, null, l)).as(m.id()).isNotBlank();
                    assertThat(messages.getMessage(m.denominatorKey(), null, null, l)).as(m.id()).isNotBlank();
                }
            }
            assertThat(metrics.records(m.id(), units(), year())).isNotNull();
        }
    }

    @Test
    void officersWithAValidCertificateCountAndTheExpiredAndSuspendedAreShownUncounted() {
        List<MetricRecord> r = records("officers-certified");
        assertThat(r).filteredOn(MetricRecord::counted).extracting(MetricRecord::label)
                .anySatisfy(l -> assertThat(l).startsWith(fx.a().name()))
                .noneSatisfy(l -> assertThat(l).startsWith(fx.expired().name()));
        assertThat(r).filteredOn(x -> !x.counted()).extracting(MetricRecord::label)
                .anySatisfy(l -> assertThat(l).startsWith(fx.expired().name()))
                .anySatisfy(l -> assertThat(l).startsWith(fx.suspended().name()));
        assertThat(r).noneSatisfy(x -> assertThat(x.label()).startsWith(fx.auxiliary().name()));
        MetricValue ratio = value("reviewer-ratio");
        assertThat(ratio.denominator()).isEqualTo(r.stream().filter(MetricRecord::counted).count());
    }

    @Test
    void casesCountByKindAndTheReviewRateCountsDecisionsTakenAfterAPassingReview() {
        EnforcementCase c = open("统计处罚");
        assertThat(records("cases-penalty")).extracting(MetricRecord::link)
                .contains("/console/enforcement/cases/" + c.id());
        assertThat(records("cases-licensing")).extracting(MetricRecord::link)
                .doesNotContain("/console/enforcement/cases/" + c.id());

        EnforcementCase major = open("目录内罚款");
        propose(major.id(), fx.violation(), Circumstance.SERIOUS, PenaltyType.FINE, "12000", null);
        notice(major.id(), today());
        waive(major.id());
        lawful(major.id());
        officer(() -> cases.discuss(major.id(), new DiscussionRequest(null, "局务会议", "同意处罚", null)));
        decide(major.id());
        EnforcementCase minor = open("一般罚款");
        fine(minor.id(), "2000");
        notice(minor.id(), today());
        waive(minor.id());
        decide(minor.id());
        List<MetricRecord> review = records("review-rate");
        assertThat(review).filteredOn(x -> x.link().endsWith("/" + major.id())).singleElement()
                .satisfies(x -> assertThat(x.counted()).isTrue());
        assertThat(review).as("a decision off the catalog needs no review")
                .noneSatisfy(x -> assertThat(x.link()).endsWith("/" + minor.id()));
    }

    @Test
    void aLateDecisionFailsTheDeadlineRateAndAClosedCaseWithoutARecordOfAStageFailsCompleteness() {
        LocalDate opened = today().minusDays(120);
        on(opened);
        EnforcementCase late = open("超期统计");
        clock.reset();
        fine(late.id(), "2000");
        notice(late.id(), today());
        waive(late.id());
        decide(late.id());
        assertThat(records("decided-within-limit")).filteredOn(x -> x.link().endsWith("/" + late.id()))
                .singleElement().satisfies(x -> assertThat(x.counted()).isFalse());

        EnforcementCase ok = open("按期统计");
        fine(ok.id(), "2000");
        notice(ok.id(), today());
        waive(ok.id());
        decide(ok.id());
        addEvidence(ok.id(), EvidenceStage.OPENING);
        addEvidence(ok.id(), EvidenceStage.INVESTIGATION);
        addEvidence(ok.id(), EvidenceStage.NOTICE);
        addEvidence(ok.id(), EvidenceStage.DECISION);
        officer(() -> cases.serve(ok.id(), new ServiceRequest(null, ServiceMethod.DIRECT, null)));
        officer(() -> cases.execute(ok.id(), new ExecutionRequest(null, ExecutionMethod.FULFILLED, null, null)));
        officer(() -> cases.close(ok.id(), new ClosingRequest(null, null, null)));
        assertThat(records("decided-within-limit")).filteredOn(x -> x.link().endsWith("/" + ok.id()))
                .singleElement().satisfies(x -> assertThat(x.counted()).isTrue());
        assertThat(records("record-complete")).filteredOn(x -> x.link().endsWith("/" + ok.id())).singleElement()
                .satisfies(x -> {
                    assertThat(x.counted()).as("service and execution without a record").isFalse();
                    assertThat(x.note()).contains("SERVICE").contains("EXECUTION");
                });
        addEvidence(ok.id(), EvidenceStage.SERVICE);
        addEvidence(ok.id(), EvidenceStage.EXECUTION);
        assertThat(records("record-complete")).filteredOn(x -> x.link().endsWith("/" + ok.id())).singleElement()
                .satisfies(x -> assertThat(x.counted()).isTrue());
    }
}
