package org.fazhi.inspections.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.fazhi.assessment.Metric;
import org.fazhi.assessment.MetricKind;
import org.fazhi.assessment.MetricRecord;
import org.fazhi.assessment.MetricSource;
import org.fazhi.assessment.MetricValue;
import org.fazhi.inspections.InspectionPlan;
import org.fazhi.inspections.InspectionTask;
import org.fazhi.inspections.PlanStatus;
import org.fazhi.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The figures of random inspections for the assessment, per unit subtree and year, with the plans and
 * inspections behind them: plans drawn, drawn inspections carried out (a result recorded), and plans
 * carried out whose results were published (一公开).
 */
@Component
public class InspectionsMetrics implements MetricSource {

    static final String P = "inspections.";
    private static final List<Metric> METRICS = List.of(
            new Metric(P + "plans-drawn", InspectionPlan.MODULE, "metric.inspections.plans-drawn", MetricKind.COUNT,
                    null, null),
            new Metric(P + "inspections-done", InspectionPlan.MODULE, "metric.inspections.inspections-done",
                    MetricKind.RATE, null, BigDecimal.valueOf(100)),
            new Metric(P + "results-published", InspectionPlan.MODULE, "metric.inspections.results-published",
                    MetricKind.RATE, null, BigDecimal.valueOf(100)));

    private final InspectionStore store;

    InspectionsMetrics(InspectionStore store) {
        this.store = store;
    }

    @Override
    public List<Metric> metrics() {
        return METRICS;
    }

    @Override
    public MetricValue value(String id, Set<Long> units, int year) {
        Metric m = METRICS.stream().filter(x -> x.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("metric", id));
        List<MetricRecord> records = records(id, units, year);
        long counted = records.stream().filter(MetricRecord::counted).count();
        return m.kind() == MetricKind.RATE ? MetricValue.rate(id, counted, records.size())
                : MetricValue.count(id, counted);
    }

    @Override
    public List<MetricRecord> records(String id, Set<Long> units, int year) {
        List<InspectionPlan> drawn = store.plans(units, year).stream().filter(p -> p.status() != PlanStatus.PLANNED)
                .toList();
        Map<Long, List<InspectionTask>> tasks = store.tasksOfPlans(drawn.stream().map(InspectionPlan::id).toList())
                .stream().collect(Collectors.groupingBy(InspectionTask::planId));
        return switch (id) {
            case P + "plans-drawn" -> drawn.stream().map(p -> new MetricRecord(p.title(),
                    "/console/inspections/plans/" + p.id(), true, String.valueOf(p.drawnOn()))).toList();
            case P + "inspections-done" -> {
                List<MetricRecord> out = new ArrayList<>();
                for (InspectionPlan p : drawn) {
                    for (InspectionTask t : tasks.getOrDefault(p.id(), List.of())) {
                        out.add(new MetricRecord(p.title() + " · " + t.objectName(),
                                "/console/inspections/plans/" + p.id(), t.result() != null,
                                t.inspectedOn() == null ? null : t.inspectedOn().toString()));
                    }
                }
                yield out;
            }
            case P + "results-published" -> drawn.stream()
                    .filter(p -> tasks.getOrDefault(p.id(), List.of()).stream().allMatch(t -> t.result() != null))
                    .map(p -> new MetricRecord(p.title(), "/console/inspections/plans/" + p.id(),
                            p.status() == PlanStatus.PUBLISHED,
                            p.publishedOn() == null ? null : p.publishedOn().toString()))
                    .toList();
            default -> throw new NotFoundException("metric", id);
        };
    }
}
