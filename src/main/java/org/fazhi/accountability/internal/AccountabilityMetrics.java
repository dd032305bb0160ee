package org.fazhi.accountability.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.fazhi.accountability.AccountabilityCase;
import org.fazhi.accountability.AccountabilityStatus;
import org.fazhi.assessment.Metric;
import org.fazhi.assessment.MetricKind;
import org.fazhi.assessment.MetricRecord;
import org.fazhi.assessment.MetricSource;
import org.fazhi.assessment.MetricValue;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.deadlines.TrackedDeadline;
import org.springframework.stereotype.Component;

/**
 * The module's figures for the assessment, per unit subtree and year, each with the records behind it:
 * records opened, records decided with measures, records decided with a 处分, and records concluded
 * within AC-01 (of those concluded in the year and those still open past their due date).
 */
@Component
public class AccountabilityMetrics implements MetricSource {

    static final String P = "accountability.";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String M = AccountabilityCase.MODULE;

    private static final List<Metric> METRICS = List.of(
            new Metric(P + "opened", M, "metric.accountability.opened", MetricKind.COUNT, null, null),
            new Metric(P + "decided", M, "metric.accountability.decided", MetricKind.COUNT, null, null),
            new Metric(P + "sanctioned", M, "metric.accountability.sanctioned", MetricKind.COUNT, null, null),
            new Metric(P + "concluded-on-time", M, "metric.accountability.concluded-on-time", MetricKind.RATE,
                    AccountabilityRules.HANDLING, HUNDRED));

    private final AccountabilityStore store;
    private final Deadlines deadlines;
    private final Clock clock;

    AccountabilityMetrics(AccountabilityStore store, Deadlines deadlines, Clock clock) {
        this.store = store;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Override
    public List<Metric> metrics() {
        return METRICS;
    }

    @Override
    public MetricValue value(String metricId, Set<Long> unitIds, int year) {
        List<MetricRecord> records = records(metricId, unitIds, year);
        long counted = records.stream().filter(MetricRecord::counted).count();
        Metric m = METRICS.stream().filter(x -> x.id().equals(metricId)).findFirst().orElseThrow();
        return m.kind() == MetricKind.RATE ? MetricValue.rate(metricId, counted, records.size())
                : MetricValue.count(metricId, counted);
    }

    @Override
    public List<MetricRecord> records(String metricId, Set<Long> unitIds, int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        List<MetricRecord> out = new ArrayList<>();
        switch (metricId.substring(P.length())) {
            case "opened" -> store.between(unitIds, from, to, false).forEach(c -> out.add(record(c, true)));
            case "decided" -> store.between(unitIds, from, to, true).stream()
                    .filter(c -> c.status() == AccountabilityStatus.DECIDED).forEach(c -> out.add(record(c, true)));
            case "sanctioned" -> store.between(unitIds, from, to, true).stream()
                    .filter(c -> c.status() == AccountabilityStatus.DECIDED)
                    .forEach(c -> out.add(record(c, c.sanctioned())));
            case "concluded-on-time" -> {
                LocalDate today = LocalDate.now(clock);
                LocalDate end = today.isBefore(to) ? today : to;
                for (AccountabilityCase c : store.of(unitIds)) {
                    TrackedDeadline d = c.deadlineId() == null ? null : deadlines.find(c.deadlineId()).orElse(null);
                    if (d == null) {
                        continue;
                    }
                    boolean concludedInYear = c.concludedOn() != null && !c.concludedOn().isBefore(from)
                            && !c.concludedOn().isAfter(to);
                    boolean openPastDue = (c.concludedOn() == null || c.concludedOn().isAfter(end))
                            && !d.dueDate().isBefore(from) && d.dueDate().isBefore(end);
                    if (concludedInYear) {
                        out.add(record(c, !c.concludedOn().isAfter(d.dueDate())));
                    } else if (openPastDue) {
                        out.add(record(c, false));
                    }
                }
            }
            default -> throw new IllegalArgumentException("not a metric of this module: " + metricId);
        }
        return out;
    }

    private static MetricRecord record(AccountabilityCase c, boolean counted) {
        return new MetricRecord(c.sourceTitle(), "/console/accountability/" + c.id(), counted, c.fault().name());
    }
}
