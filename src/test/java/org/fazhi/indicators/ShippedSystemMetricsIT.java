package org.fazhi.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.fazhi.assessment.Metric;
import org.fazhi.assessment.MetricSource;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every metric an indicator of a shipped system (src/main/resources/indicators/*.tsv) is computed
 * from is provided by some module's MetricSource at run time — or its module is listed below as one
 * that is still awaited and provides no metric yet. A misspelt id, or a module that lands without the
 * metric the systems expect, fails here instead of scoring an indicator as "no data" for ever.
 */
@FazhiIT
class ShippedSystemMetricsIT {

    /** Modules the shipped systems already name metrics of, which are not built yet (none at present). */
    static final Set<String> AWAITED_MODULES = Set.of();

    @Autowired
    ApplicationContext context;

    @Test
    void everyMetricNamedInAShippedSystemIsProvidedOrItsModuleIsAwaited() throws IOException {
        List<Metric> provided = context.getBeansOfType(MetricSource.class).values().stream()
                .flatMap(s -> s.metrics().stream()).toList();
        Set<String> ids = provided.stream().map(Metric::id).collect(Collectors.toSet());
        Set<String> modulesWithMetrics = provided.stream().map(Metric::module).collect(Collectors.toSet());

        Map<String, String> named = namedMetrics();
        assertThat(named).as("the shipped systems name metrics").isNotEmpty();
        List<String> missing = new ArrayList<>();
        named.forEach((metric, where) -> {
            String module = metric.substring(0, metric.indexOf('.'));
            boolean awaited = AWAITED_MODULES.contains(module) && !modulesWithMetrics.contains(module);
            if (!ids.contains(metric) && !awaited) {
                missing.add(metric + " (" + where + ")");
            }
        });
        assertThat(missing).as("metric ids of shipped indicators that no MetricSource provides").isEmpty();
    }

    /** Metric id → the file and indicator code naming it, over every shipped system file. */
    private static Map<String, String> namedMetrics() throws IOException {
        Map<String, String> named = new TreeMap<>();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:indicators/*.tsv")) {
            String text = r.getContentAsString(StandardCharsets.UTF_8);
            text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(l -> {
                String[] c = l.split("\t", -1);
                if (c.length > 4 && !c[4].isBlank()) {
                    named.putIfAbsent(c[4].strip(), r.getFilename() + " " + c[2]);
                }
            });
        }
        return named;
    }
}
