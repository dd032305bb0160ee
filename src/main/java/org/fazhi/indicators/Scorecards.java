package org.fazhi.indicators;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.fazhi.assessment.Assessment;
import org.fazhi.assessment.Assessment.Figure;
import org.fazhi.assessment.MetricKind;
import org.fazhi.rules.RulesCatalog;
import org.fazhi.shared.web.BackgroundJobs;
import org.fazhi.units.DataScope;
import org.fazhi.units.Units;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A unit subtree's live scorecard for a year against a system: each indicator with the figure it is
 * scored from (whatever metrics the modules contribute at run time; an indicator whose metric is absent
 * has no data source yet and is scored by hand), its target, whether it is met and its automatic points.
 * The unit must lie in the reader's scope (404 otherwise).
 */
@Service
@Transactional(readOnly = true)
public class Scorecards {

    /** One indicator's line. {@code autoScore} null: scored by hand (manual, no data source, or no target). */
    public record Line(Indicator indicator, boolean hasSource, MetricKind kind, Long numerator, Long denominator,
            BigDecimal value, BigDecimal target, Boolean met, BigDecimal autoScore) {

        /** The metric exists but is not one the indicator is scored by hand from. */
        public boolean automatic() {
            return hasSource && !indicator.manual() && autoScore != null;
        }
    }

    /** An area's lines and the automatic points they make. */
    public record AreaLines(IndicatorArea area, List<Line> lines) {

        public BigDecimal weight() {
            return lines.stream().map(l -> l.indicator().weight()).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        public BigDecimal autoPoints() {
            return lines.stream().map(Line::autoScore).filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO,
                    BigDecimal::add);
        }
    }

    /** The scorecard; {@code asOf}: when the figures were computed. */
    public record Scorecard(IndicatorSystem system, long unitId, String unitName, int year, List<AreaLines> areas,
            Instant asOf) {

        public List<Line> lines() {
            return areas.stream().flatMap(a -> a.lines().stream()).toList();
        }

        public BigDecimal autoPoints() {
            return areas.stream().map(AreaLines::autoPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        public BigDecimal weight() {
            return areas.stream().map(AreaLines::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    private final IndicatorSystems systems;
    private final Assessment assessment;
    private final RulesCatalog rules;
    private final Units units;
    private final DataScope scope;
    private final Clock clock;

    /** The phase of a scorecard's computation, as a background job reports it. */
    public static final String FIGURES = "FIGURES";

    Scorecards(IndicatorSystems systems, Assessment assessment, RulesCatalog rules, Units units, DataScope scope,
            Clock clock) {
        this.systems = systems;
        this.assessment = assessment;
        this.rules = rules;
        this.units = units;
        this.scope = scope;
        this.clock = clock;
    }

    public Scorecard card(long systemId, long unitId, int year) {
        return card(systemId, unitId, year, (phase, done, total, percent) -> { });
    }

    /**
     * The scorecard, computing the figure of each indicator's metric in turn and telling {@code progress}
     * (phase {@link #FIGURES}) how many of the system's indicators are done — a large unit's figures take a
     * while, and the report being drafted from them shows it.
     */
    public Scorecard card(long systemId, long unitId, int year, BackgroundJobs.Progress progress) {
        IndicatorSystems.SystemTree tree = systems.treeOf(systemId);
        scope.subtreeWithinScope(unitId);
        Set<String> provided = assessment.metrics().stream().map(m -> m.id()).collect(Collectors.toSet());
        long total = tree.areas().stream().mapToLong(a -> tree.of(a).size()).sum();
        Map<String, Figure> figures = new HashMap<>();
        List<AreaLines> areas = new ArrayList<>();
        long done = 0;
        for (IndicatorArea a : tree.areas()) {
            List<Line> lines = new ArrayList<>();
            for (Indicator i : tree.of(a)) {
                progress.at(FIGURES, done, total, (int) (done * 100 / Math.max(1, total)));
                Figure f = i.metricId() == null || !provided.contains(i.metricId()) ? null
                        : figures.computeIfAbsent(i.metricId(), id -> assessment.figure(id, unitId, year));
                lines.add(line(i, f, unitId, year));
                done++;
            }
            areas.add(new AreaLines(a, List.copyOf(lines)));
        }
        progress.at(FIGURES, total, total, 100);
        return new Scorecard(tree.system(), unitId, units.name(unitId), year, areas, Instant.now(clock));
    }

    Line line(Indicator i, Figure f, long unitId, int year) {
        BigDecimal target = target(i, f, unitId, year);
        if (f == null) {
            return new Line(i, false, null, null, null, null, target, null, null);
        }
        BigDecimal value = f.value().value();
        BigDecimal score = i.manual() ? null
                : Scoring.score(i.scoring(), i.comparison(), target, value, i.weight(), i.deductPerPoint());
        return new Line(i, true, f.metric().kind(), f.value().numerator(), f.value().denominator(), value, target,
                Scoring.met(i.comparison(), target, value), score);
    }

    /** The indicator's own target, else its rule's value for the unit at the year's end, else the metric's. */
    BigDecimal target(Indicator i, Figure f, long unitId, int year) {
        if (i.target() != null) {
            return i.target();
        }
        if (i.ruleId() != null) {
            try {
                BigDecimal t = rules.threshold(i.ruleId(), LocalDate.of(year, 12, 31), unitId);
                if (t != null) {
                    return t;
                }
            } catch (RuntimeException notInForce) {
                // the rule was not in force that year: fall back to the metric's own target
            }
        }
        return f == null ? null : f.metric().target();
    }
}
