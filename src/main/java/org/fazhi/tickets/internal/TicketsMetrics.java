package org.fazhi.tickets.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fazhi.assessment.Metric;
import org.fazhi.assessment.MetricKind;
import org.fazhi.assessment.MetricRecord;
import org.fazhi.assessment.MetricSource;
import org.fazhi.assessment.MetricValue;
import org.fazhi.deadlines.DeadlineStatus;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.tickets.Ticket;
import org.fazhi.tickets.TicketStatus;
import org.springframework.stereotype.Component;

/**
 * The ticket figures for the assessment, per unit subtree and year, each with the tickets behind it (the
 * note names the type, so a figure can be read per type):
 * <ul>
 * <li>{@code tickets.handling-on-time-rate}: tickets replied in the year within their handling period (the
 * current clock: after a transfer or re-handling, the new one), over those replied in the year and those now
 * past their period unanswered (a paused ticket is never overdue);</li>
 * <li>{@code tickets.satisfaction-rate}: tickets closed in the year rated 满意 or 基本满意, over those closed;</li>
 * <li>{@code tickets.reopened}: tickets sent back for re-handling on a dissatisfied rating in the year.</li>
 * </ul>
 * There is no statutory target: the handling periods are local ones, and the figures have no target rule.
 */
@Component
class TicketsMetrics implements MetricSource {

    static final String P = "tickets.";
    static final String ON_TIME = P + "handling-on-time-rate";
    static final String SATISFACTION = P + "satisfaction-rate";
    static final String REOPENED = P + "reopened";

    private static final List<Metric> METRICS = List.of(
            new Metric(ON_TIME, Ticket.MODULE, "metric.tickets.handling-on-time-rate", MetricKind.RATE, null, null),
            new Metric(SATISFACTION, Ticket.MODULE, "metric.tickets.satisfaction-rate", MetricKind.RATE, null, null),
            new Metric(REOPENED, Ticket.MODULE, "metric.tickets.reopened", MetricKind.COUNT, null, null));

    private final TicketStore store;
    private final Deadlines deadlines;
    private final Clock clock;

    TicketsMetrics(TicketStore store, Deadlines deadlines, Clock clock) {
        this.store = store;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Override
    public List<Metric> metrics() {
        return METRICS;
    }

    @Override
    public MetricValue value(String id, Set<Long> units, int year) {
        List<MetricRecord> records = records(id, units, year);
        long counted = records.stream().filter(MetricRecord::counted).count();
        Metric m = METRICS.stream().filter(x -> x.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown metric " + id));
        return m.kind() == MetricKind.RATE ? MetricValue.rate(id, counted, records.size())
                : MetricValue.count(id, counted);
    }

    @Override
    public List<MetricRecord> records(String id, Set<Long> units, int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        LocalDate today = LocalDate.now(clock);
        List<MetricRecord> out = new ArrayList<>();
        if (REOPENED.equals(id)) {
            for (Ticket t : store.reopenedBetween(units, from, to)) {
                out.add(new MetricRecord(label(t), link(t), true, t.type().name()));
            }
            return out;
        }
        if (!ON_TIME.equals(id) && !SATISFACTION.equals(id)) {
            throw new IllegalArgumentException("unknown metric " + id);
        }
        for (Ticket t : store.forFigures(units, from, to)) {
            if (ON_TIME.equals(id)) {
                Optional<TrackedDeadline> d = t.clockDeadlineId() == null ? Optional.empty()
                        : deadlines.find(t.clockDeadlineId());
                boolean repliedInYear = t.repliedOn() != null && !t.repliedOn().isBefore(from)
                        && !t.repliedOn().isAfter(to);
                boolean overdue = t.status() == TicketStatus.HANDLING && d.map(x -> x.status() == DeadlineStatus.OVERDUE
                        || (x.status().isActive() && x.status() != DeadlineStatus.PAUSED
                                && x.dueDate().isBefore(today))).orElse(false)
                        && d.map(x -> !x.dueDate().isBefore(from) && !x.dueDate().isAfter(to)).orElse(false);
                if (repliedInYear) {
                    boolean late = d.map(TrackedDeadline::late).orElse(false);
                    out.add(new MetricRecord(label(t), link(t), !late, t.type().name() + " " + t.repliedOn()));
                } else if (overdue) {
                    out.add(new MetricRecord(label(t), link(t), false,
                            t.type().name() + " " + d.map(TrackedDeadline::dueDate).orElse(null)));
                }
            } else if (t.status() == TicketStatus.CLOSED && t.closedOn() != null && !t.closedOn().isBefore(from)
                    && !t.closedOn().isAfter(to) && t.satisfaction() != null) {
                out.add(new MetricRecord(label(t), link(t), t.satisfaction().satisfied(),
                        t.type().name() + " " + t.satisfaction().name()));
            }
        }
        return out;
    }

    private static String label(Ticket t) {
        String title = t.title().length() > 40 ? t.title().substring(0, 40) + "…" : t.title();
        return t.receiptNo() + " " + org.fazhi.shared.privacy.PersonalData.redact(title);
    }

    private static String link(Ticket t) {
        return "/console/tickets/" + t.id();
    }
}
