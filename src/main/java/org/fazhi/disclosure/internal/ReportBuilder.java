package org.fazhi.disclosure.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.disclosure.AnnualReport;
import org.fazhi.disclosure.CellSource;
import org.fazhi.disclosure.DisclosureRemedyFigures;
import org.fazhi.disclosure.FigureCell;
import org.fazhi.disclosure.ProactiveDisclosureFigures;
import org.fazhi.disclosure.RemedyOutcome;
import org.fazhi.disclosure.RemedyRoute;
import org.fazhi.disclosure.Table2Cell;
import org.fazhi.disclosure.Table3;
import org.fazhi.units.Units;
import org.springframework.stereotype.Component;

/**
 * Assembles an annual report from its record: Table 二 from the {@link ProactiveDisclosureFigures} of the
 * modules (or the cells entered), Table 三 counted from the requests, Table 四 from the
 * {@link DisclosureRemedyFigures} (or entered), the failed cross-checks and the cells still missing.
 */
@Component
public class ReportBuilder {

    private final List<ProactiveDisclosureFigures> proactive;
    private final List<DisclosureRemedyFigures> remedies;
    private final RequestStore requests;
    private final ReportStore cells;
    private final Units units;
    private final Deadlines deadlines;

    ReportBuilder(List<ProactiveDisclosureFigures> proactive, List<DisclosureRemedyFigures> remedies,
            RequestStore requests, ReportStore cells, Units units, Deadlines deadlines) {
        this.proactive = proactive;
        this.remedies = remedies;
        this.requests = requests;
        this.cells = cells;
        this.units = units;
        this.deadlines = deadlines;
    }

    /** Whether a module computes this cell (then staff may not enter it). */
    public boolean computed(String key) {
        for (ProactiveDisclosureFigures p : proactive) {
            if (p.cells().stream().anyMatch(c -> c.key().equals(key))) {
                return true;
            }
        }
        for (DisclosureRemedyFigures r : remedies) {
            for (RemedyRoute route : r.routes()) {
                for (RemedyOutcome o : RemedyOutcome.values()) {
                    if (AnnualReport.table4Key(route, o).equals(key)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    public static boolean knownKey(String key) {
        for (Table2Cell c : Table2Cell.values()) {
            if (c.key().equals(key)) {
                return true;
            }
        }
        for (RemedyRoute route : RemedyRoute.values()) {
            for (RemedyOutcome o : RemedyOutcome.values()) {
                if (AnnualReport.table4Key(route, o).equals(key)) {
                    return true;
                }
            }
        }
        return false;
    }

    public AnnualReport build(ReportRecord r) {
        long unit = r.unitId();
        int year = r.year();
        Map<String, ReportStore.Entered> entered = cells.cells(r.id());
        List<String> missing = new ArrayList<>();

        Map<Table2Cell, BigDecimal> t2 = new EnumMap<>(Table2Cell.class);
        for (ProactiveDisclosureFigures p : proactive) {
            Map<Table2Cell, BigDecimal> f = p.figures(unit, year);
            for (Table2Cell c : p.cells()) {
                t2.merge(c, f.getOrDefault(c, BigDecimal.ZERO), BigDecimal::add);
            }
        }
        List<FigureCell> table2 = new ArrayList<>();
        for (Table2Cell c : Table2Cell.values()) {
            table2.add(cell(c.key(), t2.get(c), entered, missing));
        }

        Map<RemedyRoute, Map<RemedyOutcome, Long>> t4 = new EnumMap<>(RemedyRoute.class);
        for (DisclosureRemedyFigures p : remedies) {
            Map<RemedyRoute, Map<RemedyOutcome, Long>> f = p.figures(unit, year);
            for (RemedyRoute route : p.routes()) {
                Map<RemedyOutcome, Long> into = t4.computeIfAbsent(route, k -> new EnumMap<>(RemedyOutcome.class));
                for (RemedyOutcome o : RemedyOutcome.values()) {
                    long v = f.getOrDefault(route, Map.of()).getOrDefault(o, 0L);
                    into.merge(o, v, Long::sum);
                }
            }
        }
        List<FigureCell> table4 = new ArrayList<>();
        for (RemedyRoute route : RemedyRoute.values()) {
            for (RemedyOutcome o : RemedyOutcome.values()) {
                Long v = t4.containsKey(route) ? t4.get(route).get(o) : null;
                table4.add(cell(AnnualReport.table4Key(route, o), v == null ? null : BigDecimal.valueOf(v), entered,
                        missing));
            }
        }

        Table3 table3 = Table3.counted(requests.table3Counts(unit, year));
        TrackedDeadline d = r.deadlineId() == null ? null : deadlines.find(r.deadlineId()).orElse(null);
        return new AnnualReport(r.id(), unit, units.name(unit), year, r.kind(), r.status(), r.overview(),
                r.problems(), r.other(), List.copyOf(table2), table3, List.copyOf(table4), table3.failedChecks(),
                List.copyOf(missing), r.deadlineId(), d == null ? null : d.dueDate(), r.submittedBy(), r.approvedBy(),
                r.publishedOn(), r.version());
    }

    private static FigureCell cell(String key, BigDecimal computed, Map<String, ReportStore.Entered> entered,
            List<String> missing) {
        if (computed != null) {
            return new FigureCell(key, computed, CellSource.COMPUTED, null);
        }
        ReportStore.Entered e = entered.get(key);
        if (e != null) {
            return new FigureCell(key, e.amount(), CellSource.ENTERED, e.source());
        }
        missing.add(key);
        return new FigureCell(key, null, CellSource.MISSING, null);
    }
}
