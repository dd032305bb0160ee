package org.fazhi.assessment.internal.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.assessment.Assessment;
import org.fazhi.assessment.Assessment.Figure;
import org.fazhi.assessment.Metric;
import org.fazhi.assessment.MetricKind;
import org.fazhi.assessment.MetricRecord;
import org.fazhi.rules.Rule;
import org.fazhi.rules.RulesCatalog;
import org.fazhi.shared.NotFoundException;
import org.fazhi.units.DataScope;
import org.fazhi.units.Units;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the API and the console show of the figures: each metric with its name in the reader's
 * language, its numbers and its target; the unit and year asked for (by default the reader's own
 * unit and the current year); and the records behind a figure.
 */
@Component
class AssessmentViews {

    /**
     * A figure as the API answers it; for a rate, {@code numeratorMeans} and {@code denominatorMeans}
     * say in words what is counted above and below the line (e.g. "按期报备的文件" / "报备期限已届满或已报备的文件").
     */
    public record MetricView(String id, String module, String name, MetricKind kind, long numerator,
            long denominator, BigDecimal value, String ruleId, BigDecimal target, String numeratorMeans,
            String denominatorMeans) {

        /** A value measured against a target and falling short of it. */
        public boolean belowTarget() {
            return value != null && target != null && value.compareTo(target) < 0;
        }
    }

    /** The figures of a unit subtree and year. */
    public record FiguresView(long unit, String unitName, int year, List<MetricView> metrics) {
    }

    /** One figure with the records behind it. */
    public record FigureDetail(long unit, String unitName, int year, String id, String module, String name,
            MetricKind kind, long numerator, long denominator, BigDecimal value, String ruleId, BigDecimal target,
            String numeratorMeans, String denominatorMeans, List<MetricRecord> records) {

        static FigureDetail of(long unit, String unitName, int year, MetricView m, List<MetricRecord> records) {
            return new FigureDetail(unit, unitName, year, m.id(), m.module(), m.name(), m.kind(), m.numerator(),
                    m.denominator(), m.value(), m.ruleId(), m.target(), m.numeratorMeans(), m.denominatorMeans(),
                    records);
        }

        public MetricView metric() {
            return new MetricView(id, module, name, kind, numerator, denominator, value, ruleId, target,
                    numeratorMeans, denominatorMeans);
        }
    }

    /** A row of the console table: the figure, its value and target in words, the rule's title. */
    public record Row(MetricView metric, String value, String target, String ruleTitle) {
    }

    /** The unit and year asked for, defaults filled in. */
    record Query(long unit, int year) {
    }

    private final Assessment assessment;
    private final DataScope scope;
    private final Units units;
    private final RulesCatalog rules;
    private final MessageSource messages;
    private final Clock clock;

    AssessmentViews(Assessment assessment, DataScope scope, Units units, RulesCatalog rules, MessageSource messages,
            Clock clock) {
        this.assessment = assessment;
        this.scope = scope;
        this.units = units;
        this.rules = rules;
        this.messages = messages;
        this.clock = clock;
    }

    /** The reader's own unit and the current year where none was asked for. */
    Query query(Long unit, Integer year) {
        Long u = unit != null ? unit : scope.homeUnitId();
        if (u == null) {
            throw new NotFoundException("unit", "home");
        }
        return new Query(u, year != null ? year : currentYear());
    }

    int currentYear() {
        return LocalDate.now(clock).getYear();
    }

    FiguresView figures(Query q, String module) {
        List<MetricView> metrics = assessment.figures(q.unit(), q.year(), module).stream().map(this::view).toList();
        return new FiguresView(q.unit(), units.name(q.unit()), q.year(), metrics);
    }

    FigureDetail detail(String metricId, Query q) {
        MetricView m = view(assessment.figure(metricId, q.unit(), q.year()));
        List<MetricRecord> records = assessment.records(metricId, q.unit(), q.year());
        return FigureDetail.of(q.unit(), units.name(q.unit()), q.year(), m, records);
    }

    MetricView view(Figure f) {
        Metric m = f.metric();
        boolean rate = m.kind() == MetricKind.RATE;
        return new MetricView(m.id(), m.module(), text(m.labelKey()), m.kind(), f.value().numerator(),
                f.value().denominator(), f.value().value(), m.ruleId(), m.target(),
                rate ? text(m.numeratorKey()) : null, rate ? text(m.denominatorKey()) : null);
    }

    /** The figures grouped by the name of their module, in the modules' order. */
    Map<String, List<Row>> rowsByModule(FiguresView figures) {
        Map<String, List<Row>> grouped = new LinkedHashMap<>();
        for (MetricView m : figures.metrics()) {
            grouped.computeIfAbsent(moduleName(m.module()), k -> new ArrayList<>()).add(row(m));
        }
        return grouped;
    }

    Row row(MetricView m) {
        String ruleTitle = m.ruleId() == null ? null : rules.find(m.ruleId()).map(Rule::title).orElse(null);
        return new Row(m, value(m.kind(), m.value()), m.target() == null ? null : value(m.kind(), m.target()),
                ruleTitle);
    }

    String value(MetricKind kind, BigDecimal v) {
        if (v == null) {
            return text("assessment.value.none");
        }
        String plain = v.stripTrailingZeros().toPlainString();
        return switch (kind) {
            case RATE -> text("assessment.value.rate", plain);
            case DAYS -> text("assessment.value.days", plain);
            case COUNT -> plain;
        };
    }

    String moduleName(String module) {
        return messages.getMessage("menu.group." + module, null, module, LocaleContextHolder.getLocale());
    }

    /** Years a reader may choose: the current year and the nine before it, and the year shown. */
    List<Integer> years(int shown) {
        List<Integer> years = new ArrayList<>();
        int current = currentYear();
        for (int y = current; y > current - 10 && y >= Assessment.FIRST_YEAR; y--) {
            years.add(y);
        }
        if (!years.contains(shown)) {
            years.add(shown);
            years.sort(java.util.Comparator.reverseOrder());
        }
        return years;
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
