package org.fazhi.reconsideration.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fazhi.assessment.Metric;
import org.fazhi.assessment.MetricKind;
import org.fazhi.assessment.MetricRecord;
import org.fazhi.assessment.MetricSource;
import org.fazhi.assessment.MetricValue;
import org.fazhi.reconsideration.ReconsiderationCase;
import org.fazhi.reconsideration.Statistics;
import org.springframework.stereotype.Component;

/**
 * The module's figures for the assessment, per unit subtree and year, each with the records behind
 * it — the same computation as the body's statistics: cases received, accepted and concluded, the
 * correction rate, acceptance reviews decided within RC-02, cases closed within their limit (RC-06 /
 * RC-15), the mediation and settlement share, 实质性化解, letters issued and their corrections reported
 * within RC-08.
 */
@Component
public class ReconsiderationMetrics implements MetricSource {

    static final String P = "reconsideration.";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String M = ReconsiderationCase.MODULE;

    private static final List<Metric> METRICS = List.of(
            new Metric(P + "received", M, "metric.reconsideration.received", MetricKind.COUNT, null, null),
            new Metric(P + "accepted", M, "metric.reconsideration.accepted", MetricKind.COUNT, null, null),
            new Metric(P + "concluded", M, "metric.reconsideration.concluded", MetricKind.COUNT, null, null),
            new Metric(P + "correction-rate", M, "metric.reconsideration.correction-rate", MetricKind.RATE, null, null),
            new Metric(P + "acceptance-on-time", M, "metric.reconsideration.acceptance-on-time", MetricKind.RATE,
                    ReconsiderationRules.ACCEPTANCE_REVIEW, HUNDRED),
            new Metric(P + "closed-within-limit", M, "metric.reconsideration.closed-within-limit", MetricKind.RATE,
                    ReconsiderationRules.ORDINARY_DECISION, HUNDRED),
            new Metric(P + "mediation-settlement-rate", M, "metric.reconsideration.mediation-settlement-rate",
                    MetricKind.RATE, null, null),
            new Metric(P + "substantive-resolution", M, "metric.reconsideration.substantive-resolution",
                    MetricKind.COUNT, null, null),
            new Metric(P + "letters-issued", M, "metric.reconsideration.letters-issued", MetricKind.COUNT, null, null),
            new Metric(P + "letter-corrections-on-time", M, "metric.reconsideration.letter-corrections-on-time",
                    MetricKind.RATE, ReconsiderationRules.LETTER_CORRECTION, HUNDRED));

    private final StatisticsCalculator calculator;
    private final CaseStore cases;
    private final LetterStore letters;
    private final Clock clock;

    ReconsiderationMetrics(StatisticsCalculator calculator, CaseStore cases, LetterStore letters, Clock clock) {
        this.calculator = calculator;
        this.cases = cases;
        this.letters = letters;
        this.clock = clock;
    }

    @Override
    public List<Metric> metrics() {
        return METRICS;
    }

    @Override
    public MetricValue value(String metricId, Set<Long> unitIds, int year) {
        Statistics.Figure f = figure(metricId, unitIds, year);
        return f.rate() ? MetricValue.rate(metricId, f.numerator(), f.denominator())
                : MetricValue.count(metricId, f.numerator());
    }

    @Override
    public List<MetricRecord> records(String metricId, Set<Long> unitIds, int year) {
        Statistics.Figure f = figure(metricId, unitIds, year);
        Set<Long> counted = new HashSet<>(f.counted());
        List<MetricRecord> out = new ArrayList<>();
        for (Long id : f.caseIds()) {
            cases.find(id).ifPresent(c -> out.add(new MetricRecord(c.receiptNo() + " " + c.act().description(),
                    "/console/reconsideration/" + id, counted.contains(id), c.status().name())));
        }
        for (Long id : f.letterIds()) {
            letters.find(id).ifPresent(l -> out.add(new MetricRecord(l.letterNo(),
                    "/console/reconsideration/letters/" + id, counted.contains(id), l.status().name())));
        }
        return out;
    }

    private Statistics.Figure figure(String metricId, Set<Long> unitIds, int year) {
        if (METRICS.stream().noneMatch(m -> m.id().equals(metricId))) {
            throw new IllegalArgumentException("not a metric of this module: " + metricId);
        }
        Statistics s = calculator.of(0, unitIds, year, LocalDate.now(clock));
        return s.figure(metricId.substring(P.length()));
    }
}
