package org.fazhi.assessment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.units.DataScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every module's metrics for a unit subtree and year, and the records behind each figure. The unit
 * must lie in the caller's scope (404 otherwise); its whole subtree is measured. A year outside
 * {@value #FIRST_YEAR}..{@value #LAST_YEAR} or an unknown module is refused (400).
 */
@Service
@Transactional(readOnly = true)
public class Assessment {

    /** A metric with its value. */
    public record Figure(Metric metric, MetricValue value) {
    }

    /** The years that may be asked for. */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    private final List<MetricSource> sources;
    private final DataScope scope;

    Assessment(List<MetricSource> sources, DataScope scope) {
        this.sources = List.copyOf(sources);
        this.scope = scope;
    }

    /** Every metric the modules contribute, in the modules' order. */
    public List<Metric> metrics() {
        return sources.stream().flatMap(s -> s.metrics().stream()).toList();
    }

    /** The modules that contribute metrics, in order. */
    public Set<String> modules() {
        Set<String> modules = new LinkedHashSet<>();
        metrics().forEach(m -> modules.add(m.module()));
        return modules;
    }

    /** The figures of the unit's subtree in {@code year}; {@code module} null: every module's. */
    public List<Figure> figures(long unitId, int year, String module) {
        checkYear(year);
        if (module != null && !modules().contains(module)) {
            throw invalid("module", "assessment.module.unknown", module);
        }
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
        checkYear(year);
        Set<Long> units = scope.subtreeWithinScope(unitId);
        MetricSource s = sourceOf(metricId);
        Metric m = s.metrics().stream().filter(x -> x.id().equals(metricId)).findFirst().orElseThrow();
        return new Figure(m, s.value(metricId, units, year));
    }

    public List<MetricRecord> records(String metricId, long unitId, int year) {
        checkYear(year);
        Set<Long> units = scope.subtreeWithinScope(unitId);
        return sourceOf(metricId).records(metricId, units, year);
    }

    private static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw invalid("year", "assessment.year.out-of-range", String.valueOf(FIRST_YEAR),
                    String.valueOf(LAST_YEAR));
        }
    }

    /** Bad input whose message names the problem, also beside the field. */
    private static InvalidInputException invalid(String field, String messageKey, Object... args) {
        return new InvalidInputException(400, "invalid-input", messageKey,
                List.of(new InvalidInputException.FieldProblem(field, messageKey, args)), args);
    }

    private MetricSource sourceOf(String metricId) {
        return sources.stream().filter(s -> s.metrics().stream().anyMatch(m -> m.id().equals(metricId))).findFirst()
                .orElseThrow(() -> new NotFoundException("metric", metricId));
    }
}
