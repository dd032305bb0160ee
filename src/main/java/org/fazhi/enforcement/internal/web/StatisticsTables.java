package org.fazhi.enforcement.internal.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.enforcement.AnnualStatistics;
import org.fazhi.enforcement.EnforcementStatistics;

/** Annual statistics as the pages' tables: one row per kind of action (the first over all kinds), one cell per measure. */
public final class StatisticsTables {

    private StatisticsTables() {
    }

    /** A report and its rows. */
    public record Table(AnnualStatistics report, List<Row> rows) {
    }

    /** A kind of action ("" for all kinds) and its values in the order of {@link EnforcementStatistics#MEASURES}. */
    public record Row(String kind, List<BigDecimal> values) {
    }

    public static Table table(AnnualStatistics r) {
        Map<String, Map<String, BigDecimal>> byKind = new LinkedHashMap<>();
        r.figures().forEach(f -> byKind.computeIfAbsent(f.kind() == null ? "" : f.kind().name(),
                k -> new LinkedHashMap<>()).put(f.measure(), f.amount()));
        List<Row> rows = new ArrayList<>();
        byKind.forEach((kind, values) -> rows.add(new Row(kind, EnforcementStatistics.MEASURES.stream()
                .map(values::get).toList())));
        return new Table(r, rows);
    }
}
