package org.fazhi.indicators;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.fazhi.deadlines.DeadlineFigures;
import org.fazhi.deadlines.DeadlineFigures.Item;
import org.fazhi.deadlines.DeadlineFigures.OverdueCount;
import org.fazhi.indicators.Scorecards.Scorecard;
import org.fazhi.units.DataScope;
import org.fazhi.units.Unit;
import org.fazhi.units.Units;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The leader's dashboard for a unit subtree and year (the reader's own unit by default, so the county's
 * leader and coordinator see the county and a township its own): the indicators against their targets,
 * the units under it side by side, the trend over the last years, today's overdue deadlines by module and
 * unit, and what needs attention within the week. A unit outside the reader's scope answers 404.
 */
@Service
@Transactional(readOnly = true)
public class Dashboards {

    /** How many years the trend shows, this one included. */
    public static final int TREND_YEARS = 5;
    /** How many days ahead "this week" looks. */
    public static final int ATTENTION_DAYS = 7;

    /** One unit's automatic points. */
    public record UnitPoints(long unitId, String unitName, BigDecimal points) {
    }

    /** One year's automatic points. */
    public record YearPoints(int year, BigDecimal points) {
    }

    /** Overdue deadlines of one module and unit, with the unit's name. */
    public record Overdue(String module, Long unitId, String unitName, long count) {
    }

    /** The dashboard. */
    public record Dashboard(Scorecard card, List<UnitPoints> units, List<YearPoints> trend, List<Overdue> overdue,
            List<Item> attention) {
    }

    private final IndicatorSystems systems;
    private final Scorecards scorecards;
    private final DeadlineFigures deadlines;
    private final DataScope scope;
    private final Units units;
    private final Clock clock;

    Dashboards(IndicatorSystems systems, Scorecards scorecards, DeadlineFigures deadlines, DataScope scope,
            Units units, Clock clock) {
        this.systems = systems;
        this.scorecards = scorecards;
        this.deadlines = deadlines;
        this.scope = scope;
        this.units = units;
        this.clock = clock;
    }

    @org.fazhi.shared.web.Allowed.Overseers
    public Dashboard of(long unitId, int year) {
        Set<Long> subtree = scope.subtreeWithinScope(unitId);
        long systemId = systems.forYear(year, unitId).id();
        Scorecard card = scorecards.card(systemId, unitId, year);
        List<UnitPoints> side = new ArrayList<>();
        for (Unit u : units.children(unitId)) {
            if (u.active() && scope.canSee(u.id())) {
                side.add(new UnitPoints(u.id(), u.name(), scorecards.card(systemId, u.id(), year).autoPoints()));
            }
        }
        List<YearPoints> trend = new ArrayList<>();
        for (int y = year - TREND_YEARS + 1; y <= year; y++) {
            trend.add(new YearPoints(y, y == year ? card.autoPoints()
                    : scorecards.card(systems.forYear(y, unitId).id(), unitId, y).autoPoints()));
        }
        List<Overdue> overdue = new ArrayList<>();
        for (OverdueCount c : deadlines.overdueByModuleAndUnit(subtree)) {
            overdue.add(new Overdue(c.module(), c.ownerUnitId(), c.ownerUnitId() == null ? "" : units.name(c.ownerUnitId()),
                    c.count()));
        }
        List<Item> attention = deadlines.needingAttention(subtree, LocalDate.now(clock).plusDays(ATTENTION_DAYS));
        return new Dashboard(card, side, trend, overdue, attention);
    }
}
