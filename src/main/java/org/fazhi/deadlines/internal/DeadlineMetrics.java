package org.fazhi.deadlines.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.fazhi.assessment.Metric;
import org.fazhi.assessment.MetricKind;
import org.fazhi.assessment.MetricRecord;
import org.fazhi.assessment.MetricSource;
import org.fazhi.assessment.MetricValue;
import org.fazhi.deadlines.DeadlineFigures;
import org.fazhi.deadlines.DeadlineFigures.Item;
import org.fazhi.units.Units;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The kernel's own figures, from the first day and for every module alike: of the deadlines falling
 * due in the year, those met on time (over those met or overdue), those met late and those overdue and
 * still open. Each record names its module and unit, so a figure reads by module and unit.
 */
@Component
class DeadlineMetrics implements MetricSource {

    static final String MODULE = "deadlines";
    static final String MET_ON_TIME = "deadlines.met-on-time";
    static final String MET_LATE = "deadlines.met-late";
    static final String OVERDUE = "deadlines.overdue";

    private static final List<Metric> METRICS = List.of(
            new Metric(MET_ON_TIME, MODULE, "metric.deadlines.met-on-time", MetricKind.RATE, null, BigDecimal.valueOf(100)),
            new Metric(MET_LATE, MODULE, "metric.deadlines.met-late", MetricKind.COUNT, null, null),
            new Metric(OVERDUE, MODULE, "metric.deadlines.overdue", MetricKind.COUNT, null, null));

    private final DeadlineFigures figures;
    private final Units units;
    private final MessageSource messages;

    DeadlineMetrics(DeadlineFigures figures, Units units, MessageSource messages) {
        this.figures = figures;
        this.units = units;
        this.messages = messages;
    }

    @Override
    public List<Metric> metrics() {
        return METRICS;
    }

    @Override
    public MetricValue value(String metricId, Set<Long> unitIds, int year) {
        // the same selection as records(), counted without writing each record's label (a province holds
        // hundreds of thousands of deadlines a year)
        List<Item> items = figures.dueIn(unitIds, year);
        return switch (metricId) {
            case MET_ON_TIME -> {
                List<Item> measured = items.stream().filter(i -> i.status() == org.fazhi.deadlines.DeadlineStatus.MET
                        || i.overdue()).toList();
                yield MetricValue.rate(metricId, measured.stream().filter(Item::metOnTime).count(), measured.size());
            }
            case MET_LATE -> MetricValue.count(metricId, items.stream()
                    .filter(i -> i.status() == org.fazhi.deadlines.DeadlineStatus.MET && i.late()).count());
            case OVERDUE -> MetricValue.count(metricId, items.stream().filter(Item::overdue).count());
            default -> throw new IllegalArgumentException("unknown metric " + metricId);
        };
    }

    @Override
    public List<MetricRecord> records(String metricId, Set<Long> unitIds, int year) {
        List<Item> items = figures.dueIn(unitIds, year);
        return switch (metricId) {
            case MET_ON_TIME -> items.stream().filter(i -> i.status() == org.fazhi.deadlines.DeadlineStatus.MET
                    || i.overdue()).map(i -> record(i, i.metOnTime())).toList();
            case MET_LATE -> items.stream().filter(i -> i.status() == org.fazhi.deadlines.DeadlineStatus.MET && i.late())
                    .map(i -> record(i, true)).toList();
            case OVERDUE -> items.stream().filter(Item::overdue).map(i -> record(i, true)).toList();
            default -> throw new IllegalArgumentException("unknown metric " + metricId);
        };
    }

    private MetricRecord record(Item i, boolean counted) {
        var locale = LocaleContextHolder.getLocale();
        String module = messages.getMessage("deadlines.module." + i.module(), null, i.module(), locale);
        String unit = i.ownerUnitId() == null ? "" : units.name(i.ownerUnitId());
        String what = i.label() == null ? i.subjectTitle()
                : i.subjectTitle() + " · " + messages.getMessage(i.label(), null, i.label(), locale);
        String note = messages.getMessage("deadlines.metric.note", new Object[] {module, unit, i.dueDate().toString(),
                messages.getMessage("deadlines.status." + i.status().name(), null, i.status().name(), locale)}, locale);
        return new MetricRecord(what, i.link() != null ? i.link() : "/console/deadlines", counted, note);
    }
}
