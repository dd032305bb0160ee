package org.fazhi.disclosure.internal;

import java.math.BigDecimal;
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
import org.fazhi.disclosure.DisclosureRequest;
import org.fazhi.disclosure.ProactiveItem;
import org.fazhi.disclosure.RequestStatus;
import org.springframework.stereotype.Component;

/**
 * The disclosure figures for the assessment, per unit subtree and year, each with the requests behind it:
 * the reply rate (SD-08: replied among the requests of the year that had to be answered — replied, or past
 * their limit), the on-time rate (replied within the limit of GI-01, extension and pauses included) and the
 * requests received; and the proactive items published within GI-05's limit.
 */
@Component
public class DisclosureMetrics implements MetricSource {

    static final String P = "disclosure.";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static final List<Metric> METRICS = List.of(
            new Metric(P + "reply-rate", DisclosureRequest.MODULE, "metric.disclosure.reply-rate", MetricKind.RATE,
                    DisclosureRules.REPLY_RATE, HUNDRED),
            new Metric(P + "on-time-rate", DisclosureRequest.MODULE, "metric.disclosure.on-time-rate", MetricKind.RATE,
                    DisclosureRules.REPLY, HUNDRED),
            new Metric(P + "received", DisclosureRequest.MODULE, "metric.disclosure.received", MetricKind.COUNT, null,
                    null),
            new Metric(P + "proactive-on-time-rate", DisclosureRequest.MODULE, "metric.disclosure.proactive-on-time-rate",
                    MetricKind.RATE, DisclosureRules.PROACTIVE, HUNDRED));

    private final RequestStore store;
    private final ItemStore items;
    private final Deadlines deadlines;
    private final java.time.Clock clock;

    DisclosureMetrics(RequestStore store, ItemStore items, Deadlines deadlines, java.time.Clock clock) {
        this.store = store;
        this.items = items;
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
        Metric m = METRICS.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        return m.kind() == MetricKind.RATE ? MetricValue.rate(id, counted, records.size())
                : MetricValue.count(id, counted);
    }

    @Override
    public List<MetricRecord> records(String id, Set<Long> units, int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        if ((P + "proactive-on-time-rate").equals(id)) {
            return proactive(units, from, to);
        }
        List<MetricRecord> out = new ArrayList<>();
        for (DisclosureRequest r : store.dueOrRepliedBetween(units, from, to)) {
            boolean receivedInYear = !r.receivedOn().isBefore(from) && !r.receivedOn().isAfter(to);
            Optional<TrackedDeadline> d = r.replyDeadlineId() == null ? Optional.empty()
                    : deadlines.find(r.replyDeadlineId());
            boolean overdue = d.map(x -> x.status() == DeadlineStatus.OVERDUE
                    || (x.status().isActive() && x.status() != DeadlineStatus.PAUSED && x.dueDate().isBefore(
                            LocalDate.now(clock)))).orElse(false);
            String label = r.receiptNo() + " " + shorten(r.content());
            String link = "/console/disclosure/requests/" + r.id();
            switch (id) {
                case P + "reply-rate" -> {
                    if (receivedInYear && (r.replied() || overdue)) {
                        out.add(new MetricRecord(label, link, r.replied(), r.replied() ? String.valueOf(r.repliedOn())
                                : String.valueOf(d.map(TrackedDeadline::dueDate).orElse(null))));
                    }
                }
                case P + "on-time-rate" -> {
                    if (r.replied() && !r.repliedOn().isBefore(from) && !r.repliedOn().isAfter(to)
                            && r.status() == RequestStatus.REPLIED) {
                        boolean late = d.map(TrackedDeadline::late).orElse(false);
                        out.add(new MetricRecord(label, link, !late, String.valueOf(r.repliedOn())));
                    }
                }
                case P + "received" -> {
                    if (receivedInYear) {
                        out.add(new MetricRecord(label, link, true, String.valueOf(r.receivedOn())));
                    }
                }
                default -> throw new IllegalArgumentException("unknown metric " + id);
            }
        }
        return out;
    }

    /**
     * GI-05: the items whose limit fell in the year and that were published or are past it — counted when
     * published by the limit.
     */
    private List<MetricRecord> proactive(Set<Long> units, LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        List<MetricRecord> out = new ArrayList<>();
        for (ProactiveItem i : items.dueOrPublishedBetween(units, from, to)) {
            boolean dueInYear = i.dueOn() != null && !i.dueOn().isBefore(from) && !i.dueOn().isAfter(to);
            if (!dueInYear || (!i.published() && !i.dueOn().isBefore(today))) {
                continue;
            }
            out.add(new MetricRecord(shorten(i.title()), "/console/disclosure/proactive#item-" + i.id(),
                    Boolean.TRUE.equals(i.onTime()), i.published() ? String.valueOf(i.publishedOn())
                            : String.valueOf(i.dueOn())));
        }
        return out;
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
