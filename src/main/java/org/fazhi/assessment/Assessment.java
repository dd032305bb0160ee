package org.fazhi.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.fazhi.shared.NotFoundException;
import org.fazhi.units.DataScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every module's metrics for a unit subtree and year, and the records behind each figure. The unit
 * must lie in the caller's scope (404 otherwise); its whole subtree is measured.
 */
@Service
@Transactional(readOnly = true)
public class Assessment {

    /** A metric with its value. */
    public record Figure(Metric metric, MetricValue value) {
    }

    private final List<MetricSource> sources;
    private final DataScope scope;

    Assessment(List<MetricSource> sources, DataScope scope) {
        this.sources = List.copyOf(sources);
        this.scope = scope;
    }

    public List<Figure> figures(long unitId, int year, String module) {
        Set<Long> units = scope.subtreeWithinScope(unitId);
        List<Figure> figures = new ArrayList<>();
        for (MetricSource s : sources) {
            for (Metric m : s.metrics()) {
                if (module == null || module.equals(m.module())) {
                    figures.add(new Figure(m, s.value(m.id(), units, year)));
                }
            }
        }
        return figures;
    }

    public Figure figure(String metricId, long unitId, int year) {
        Set<Long> units = scope.subtreeWithinScope(unitId);
        MetricSource s = sourceOf(metricId);
        Metric m = s.metrics().stream().filter(x -> x.id().equals(metricId)).findFirst().orElseThrow();
        return new Figure(m, s.value(metricId, units, year));
    }

    public List<MetricRecord> records(String metricId, long unitId, int year) {
        Set<Long> units = scope.subtreeWithinScope(unitId);
        return sourceOf(metricId).records(metricId, units, year);
    }

    private MetricSource sourceOf(String metricId) {
        return sources.stream().filter(s -> s.metrics().stream().anyMatch(m -> m.id().equals(metricId))).findFirst()
                .orElseThrow(() -> new NotFoundException("metric", metricId));
    }
}
