package org.fazhi.litigation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.fazhi.assessment.Metric;
import org.fazhi.assessment.MetricKind;
import org.fazhi.assessment.MetricRecord;
import org.fazhi.assessment.MetricSource;
import org.fazhi.assessment.MetricValue;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.litigation.Appearances;
import org.fazhi.litigation.JudicialSuggestion;
import org.fazhi.litigation.LitigationCase;
import org.fazhi.litigation.Stage;
import org.fazhi.litigation.SuggestionStatus;
import org.springframework.stereotype.Component;

/**
 * The module's figures for the assessment, per unit subtree and year, each with the records behind
 * it: first-instance suits, the responsible persons' appearance rate and the principal leaders'
 * appearance (SD-07), defences within LT-02, the share of suits lost, judgments fulfilled, and judicial
 * suggestions replied (and on time).
 */
@Component
public class LitigationMetrics implements MetricSource {

    static final String P = "litigation.";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String M = LitigationCase.MODULE;

    private static final List<Metric> METRICS = List.of(
            new Metric(P + "first-instance-suits", M, "metric.litigation.first-instance-suits", MetricKind.COUNT, null,
                    null),
            new Metric(P + "appearance-rate", M, "metric.litigation.appearance-rate", MetricKind.RATE,
                    LitigationRules.APPEARANCE_TARGET, HUNDRED),
            new Metric(P + "principal-appearance", M, "metric.litigation.principal-appearance", MetricKind.RATE,
                    LitigationRules.APPEARANCE_TARGET, HUNDRED),
            new Metric(P + "defences-on-time", M, "metric.litigation.defences-on-time", MetricKind.RATE,
                    LitigationRules.DEFENCE, HUNDRED),
            new Metric(P + "lost-rate", M, "metric.litigation.lost-rate", MetricKind.RATE, null, null),
            new Metric(P + "judgments-fulfilled", M, "metric.litigation.judgments-fulfilled", MetricKind.RATE, null,
                    null),
            new Metric(P + "suggestions-replied", M, "metric.litigation.suggestions-replied", MetricKind.RATE, null,
                    null),
            new Metric(P + "suggestions-replied-on-time", M, "metric.litigation.suggestions-replied-on-time",
                    MetricKind.RATE, LitigationRules.SUGGESTION_REPLY, HUNDRED));

    private final LitigationStore cases;
    private final SuggestionStore suggestions;
    private final AppearanceCalculator appearances;
    private final LitigationClocks clocks;

    LitigationMetrics(LitigationStore cases, SuggestionStore suggestions, AppearanceCalculator appearances,
            LitigationClocks clocks) {
        this.cases = cases;
        this.suggestions = suggestions;
        this.appearances = appearances;
        this.clocks = clocks;
    }

    @Override
    public List<Metric> metrics() {
        return METRICS;
    }

    @Override
    public MetricValue value(String metricId, Set<Long> unitIds, int year) {
        List<MetricRecord> records = records(metricId, unitIds, year);
        long counted = records.stream().filter(MetricRecord::counted).count();
        Metric m = METRICS.stream().filter(x -> x.id().equals(metricId)).findFirst().orElseThrow();
        return m.kind() == MetricKind.RATE ? MetricValue.rate(metricId, counted, records.size())
                : MetricValue.count(metricId, counted);
    }

    @Override
    public List<MetricRecord> records(String metricId, Set<Long> unitIds, int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        List<LitigationCase> touching = cases.touching(unitIds, from, to);
        List<MetricRecord> out = new ArrayList<>();
        switch (metricId.substring(P.length())) {
            case "first-instance-suits" -> touching.stream()
                    .filter(c -> c.stage() == Stage.FIRST_INSTANCE && in(c.filedOn(), from, to))
                    .forEach(c -> out.add(record(c, true)));
            case "appearance-rate" -> {
                Appearances a = appearances.of(0, unitIds, year);
                for (Appearances.UnitAppearance r : a.rows()) {
                    for (Long id : r.heard()) {
                        cases.find(id).ifPresent(c -> out.add(record(c, r.responsible().contains(id))));
                    }
                }
            }
            case "principal-appearance" -> appearances.of(0, unitIds, year).rows().forEach(r -> out.add(
                    new MetricRecord(r.unitName(), "/console/litigation/appearance?unitId=" + r.unitId() + "&year=" + year,
                            r.principalAppeared(), String.valueOf(r.heard().size()))));
            case "defences-on-time" -> touching.forEach(c -> {
                TrackedDeadline d = clocks.get(c.answerDeadlineId());
                if (d != null && in(d.dueDate(), from, to)) {
                    out.add(record(c, c.answerSubmittedOn() != null && !c.answerSubmittedOn().isAfter(d.dueDate())));
                }
            });
            case "lost-rate" -> touching.stream()
                    .filter(c -> c.judgment().outcome() != null && in(c.judgment().servedOn(), from, to))
                    .forEach(c -> out.add(record(c, c.lost())));
            case "judgments-fulfilled" -> touching.stream()
                    .filter(c -> Boolean.TRUE.equals(c.judgment().requiresPerformance()) && c.effectiveOn() != null
                            && !c.effectiveOn().isAfter(to))
                    .forEach(c -> out.add(record(c, c.performedOn() != null && !c.performedOn().isAfter(to))));
            case "suggestions-replied" -> suggestions.receivedBetween(unitIds, from, to)
                    .forEach(s -> out.add(record(s, s.status() == SuggestionStatus.REPLIED)));
            case "suggestions-replied-on-time" -> suggestions.receivedBetween(unitIds, from, to).forEach(s -> {
                TrackedDeadline d = clocks.get(s.deadlineId());
                out.add(record(s, s.repliedOn() != null && d != null && !s.repliedOn().isAfter(d.dueDate())));
            });
            default -> throw new IllegalArgumentException("not a metric of this module: " + metricId);
        }
        return out;
    }

    private static boolean in(LocalDate d, LocalDate from, LocalDate to) {
        return d != null && !d.isBefore(from) && !d.isAfter(to);
    }

    private static MetricRecord record(LitigationCase c, boolean counted) {
        return new MetricRecord(c.court() + " " + c.caseNo(), "/console/litigation/" + c.id(), counted, c.cause());
    }

    private static MetricRecord record(JudicialSuggestion s, boolean counted) {
        return new MetricRecord(s.court() + " " + s.suggestionNo(), "/console/litigation/suggestions/" + s.id(), counted,
                s.status().name());
    }
}
