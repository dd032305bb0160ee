package org.fazhi.suggestions.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.fazhi.assessment.Metric;
import org.fazhi.assessment.MetricKind;
import org.fazhi.assessment.MetricRecord;
import org.fazhi.assessment.MetricSource;
import org.fazhi.assessment.MetricValue;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.suggestions.HandlingRound;
import org.fazhi.suggestions.Suggestion;
import org.springframework.stereotype.Component;

/**
 * The suggestion figures for the assessment, per lead unit (subtree) and year, each with the handling rounds
 * behind it:
 * <ul>
 * <li>{@code suggestions.reply-rate}: first handlings (after 交办) answered within their limit, among those
 * whose limit fell due in the year (by today) or that were answered in it (NP-01 / NP-02);</li>
 * <li>{@code suggestions.on-time-rate}: handlings answered in the year (re-handlings included) that were
 * answered within their limit;</li>
 * <li>{@code suggestions.satisfaction-rate}: feedback forms received in the year saying 满意 or 基本满意
 * (SD-06: at least 95%), each round's form counted;</li>
 * <li>{@code suggestions.rehandled}: re-handlings (重新办理) started in the year, counted on their own;</li>
 * <li>{@code suggestions.normdoc-reply-rate}: the reply rate of the suggestions on normative documents
 * (SD-02: 100%).</li>
 * </ul>
 */
@Component
class SuggestionsMetrics implements MetricSource {

    static final String P = "suggestions.";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static final List<Metric> METRICS = List.of(
            new Metric(P + "reply-rate", Suggestion.MODULE, "metric.suggestions.reply-rate", MetricKind.RATE,
                    SuggestionsRules.NPC_ANSWER, HUNDRED),
            new Metric(P + "on-time-rate", Suggestion.MODULE, "metric.suggestions.on-time-rate", MetricKind.RATE,
                    SuggestionsRules.NPC_ANSWER, HUNDRED),
            new Metric(P + "satisfaction-rate", Suggestion.MODULE, "metric.suggestions.satisfaction-rate",
                    MetricKind.RATE, SuggestionsRules.SATISFACTION, BigDecimal.valueOf(95)),
            new Metric(P + "rehandled", Suggestion.MODULE, "metric.suggestions.rehandled", MetricKind.COUNT, null,
                    null),
            new Metric(P + "normdoc-reply-rate", Suggestion.MODULE, "metric.suggestions.normdoc-reply-rate",
                    MetricKind.RATE, SuggestionsRules.NORMDOC_REPLY_RATE, HUNDRED));

    private final SuggestionsStore store;
    private final Deadlines deadlines;
    private final Clock clock;

    SuggestionsMetrics(SuggestionsStore store, Deadlines deadlines, Clock clock) {
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
        Metric m = METRICS.stream().filter(x -> x.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown metric " + id));
        List<MetricRecord> records = records(id, units, year);
        long counted = records.stream().filter(MetricRecord::counted).count();
        return m.kind() == MetricKind.RATE ? MetricValue.rate(id, counted, records.size())
                : MetricValue.count(id, counted);
    }

    @Override
    public List<MetricRecord> records(String id, Set<Long> units, int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        LocalDate today = LocalDate.now(clock);
        List<MetricRecord> out = new ArrayList<>();
        for (Object[] row : store.roundsLedBy(units)) {
            HandlingRound r = (HandlingRound) row[0];
            String label = row[1] + " " + shorten((String) row[2]) + (r.round() > 1 ? " (" + r.round() + ")" : "");
            String link = "/console/suggestions/" + r.suggestionId();
            boolean normdocs = (Boolean) row[4];
            boolean onTime = r.answered() && !Boolean.TRUE.equals(r.late());
            switch (id) {
                case P + "reply-rate", P + "normdoc-reply-rate" -> {
                    if (r.round() != 1 || (id.equals(P + "normdoc-reply-rate") && !normdocs)) {
                        continue;
                    }
                    LocalDate due = deadlines.find(r.deadlineId()).map(TrackedDeadline::dueDate).orElse(null);
                    boolean fellDue = due != null && within(due, from, to) && due.isBefore(today);
                    boolean answeredInYear = r.answered() && within(r.answeredOn(), from, to);
                    if (fellDue || answeredInYear) {
                        out.add(new MetricRecord(label, link, onTime,
                                r.answered() ? String.valueOf(r.answeredOn()) : String.valueOf(due)));
                    }
                }
                case P + "on-time-rate" -> {
                    if (r.answered() && within(r.answeredOn(), from, to)) {
                        out.add(new MetricRecord(label, link, onTime, String.valueOf(r.answeredOn())));
                    }
                }
                case P + "satisfaction-rate" -> {
                    if (r.satisfaction() != null && within(r.feedbackOn(), from, to)) {
                        out.add(new MetricRecord(label, link, r.satisfaction().satisfied(),
                                String.valueOf(r.feedbackOn())));
                    }
                }
                case P + "rehandled" -> {
                    if (r.round() > 1 && within(r.startedOn(), from, to)) {
                        out.add(new MetricRecord(label, link, true, String.valueOf(r.startedOn())));
                    }
                }
                default -> throw new IllegalArgumentException("unknown metric " + id);
            }
        }
        return out;
    }

    private static boolean within(LocalDate d, LocalDate from, LocalDate to) {
        return d != null && !d.isBefore(from) && !d.isAfter(to);
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
