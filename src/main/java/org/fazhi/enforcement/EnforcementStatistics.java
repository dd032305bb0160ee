package org.fazhi.enforcement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.fazhi.audit.AuditLog;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.deadlines.NewDeadline;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.enforcement.internal.AgencyAccess;
import org.fazhi.enforcement.internal.AgencyStore;
import org.fazhi.enforcement.internal.CaseFileStore;
import org.fazhi.enforcement.internal.CaseLinkStore;
import org.fazhi.enforcement.internal.CaseStore;
import org.fazhi.enforcement.internal.EnforcementRules;
import org.fazhi.enforcement.internal.PublicationStore;
import org.fazhi.enforcement.internal.StatisticsStore;
import org.fazhi.rules.RulesCatalog;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.RefusedException;
import org.fazhi.shared.web.Allowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual enforcement statistics (行政执法统计年报, TS-02): per agency and kind of action, computed
 * from the cases — never typed in — and published before 31 January of the next year, a duty tracked on
 * the 督办台 from the day the agency is registered (and each year after). Publishing freezes the
 * figures as they were computed that day.
 */
@Service
@Transactional
public class EnforcementStatistics {

    /** What the report counts, per kind and over all kinds. */
    public static final List<String> MEASURES = List.of("opened", "decided", "penalty", "no-penalty",
            "not-established", "granted", "refused", "summary", "hearings", "reviewed", "discussed", "changed",
            "fine-amount", "confiscation-amount", "transferred", "published");

    private final StatisticsStore store;
    private final AgencyStore agencies;
    private final AgencyAccess access;
    private final CaseStore cases;
    private final CaseFileStore files;
    private final CaseLinkStore links;
    private final PublicationStore publications;
    private final Deadlines deadlines;
    private final RulesCatalog rules;
    private final AuditLog audit;
    private final Clock clock;

    EnforcementStatistics(StatisticsStore store, AgencyStore agencies, AgencyAccess access, CaseStore cases,
            CaseFileStore files, CaseLinkStore links, PublicationStore publications, Deadlines deadlines,
            RulesCatalog rules, AuditLog audit, Clock clock) {
        this.store = store;
        this.agencies = agencies;
        this.access = access;
        this.cases = cases;
        this.files = files;
        this.links = links;
        this.publications = publications;
        this.deadlines = deadlines;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    /** The duty to publish a year's statistics, with its fixed due date from the catalog (TS-02). */
    StatisticsStore.Report openDuty(Agency a, int year) {
        Optional<StatisticsStore.Report> existing = store.find(a.id(), year);
        if (existing.isPresent()) {
            return existing.get();
        }
        long id = store.insert(a.id(), year);
        LocalDate due = dueOf(year, a.unitId());
        LocalDate today = LocalDate.now(clock);
        LocalDate yearOver = LocalDate.of(year + 1, 1, 1);
        LocalDate start = !today.isBefore(yearOver) ? yearOver : (today.getYear() < year ? LocalDate.of(year, 1, 1) : today);
        TrackedDeadline d = deadlines.trackFixed(NewDeadline.of(Agency.MODULE, "enforcement-statistics",
                String.valueOf(id), a.name() + " " + year, EnforcementRules.STATISTICS, start, a.unitId())
                .withLabel("enforcement.deadline.statistics").withLink("/console/enforcement/statistics?year=" + year),
                due);
        store.tracked(id, d.id());
        audit.created("enforcement-statistics", id, Map.of("agencyId", a.id(), "year", year, "dueOn", due));
        return store.find(id).orElseThrow();
    }

    /** 31 January (the catalog's fixed date, for the unit) of the year after {@code year}. */
    public LocalDate dueOf(int year, long unitId) {
        String fixed = rules.effectiveOn(EnforcementRules.STATISTICS, LocalDate.of(year + 1, 1, 1), unitId)
                .fixedDate();
        return MonthDay.parse("--" + fixed).atYear(year + 1);
    }

    /** Opens this year's duty of every active agency that lacks it (the daily job). */
    @Transactional
    public int openDuties() {
        int year = LocalDate.now(clock).getYear();
        int opened = 0;
        for (Agency a : agencies.active()) {
            if (store.find(a.id(), year).isEmpty()) {
                openDuty(a, year);
                opened++;
            }
        }
        return opened;
    }

    /** The statistics of an agency the actor may see: as published, or computed from its cases now. */
    @Transactional(readOnly = true)
    @Allowed.Staff
    public AnnualStatistics of(long agencyId, int year) {
        return view(access.require(agencyId), year);
    }

    /** Every agency's statistics for a year (computed or published), for the console. */
    @Transactional(readOnly = true)
    @Allowed.Staff
    public List<AnnualStatistics> list(int year) {
        return access.visible().stream().map(a -> view(a, year)).toList();
    }

    /**
     * Publishes an agency's statistics for a year once the year is over: the figures computed from the
     * cases today, frozen; the duty is met (late after 31 January).
     */
    @Allowed.Officers
    public AnnualStatistics publish(long agencyId, int year) {
        return publish(agencyId, year, null);
    }

    /**
     * As {@link #publish(long, int)}, recording the day the figures went public when that was earlier
     * than today (not before the year is over, never in the future); the duty is met on that day.
     */
    @Allowed.Officers
    public AnnualStatistics publish(long agencyId, int year, LocalDate on) {
        Agency a = access.require(agencyId);
        LocalDate now = LocalDate.now(clock);
        if (year >= now.getYear()) {
            throw new RefusedException("year-not-over", "enforcement.refused.year-not-over", String.valueOf(year));
        }
        if (on != null && (on.isAfter(now) || on.getYear() <= year)) {
            throw InvalidInputException.field("on", "enforcement.statistics.published-on", String.valueOf(year + 1));
        }
        LocalDate today = on == null ? now : on;
        StatisticsStore.Report report = openDuty(a, year);
        if (report.publishedOn() != null) {
            throw new RefusedException("already-published", "enforcement.refused.already-published");
        }
        List<StatisticsFigure> figures = compute(a, year);
        store.published(report.id(), today, figures);
        if (report.deadlineId() != null) {
            deadlines.find(report.deadlineId()).filter(d -> d.status().isActive())
                    .ifPresent(d -> deadlines.meet(d.id(), today));
        }
        audit.changed("enforcement-statistics", report.id(), "publish", Map.of("publishedOn", ""),
                Map.of("publishedOn", today, "figures", figures.size()));
        return view(a, year);
    }

    /** Published statistics, for the portal. */
    @Transactional(readOnly = true)
    public List<AnnualStatistics> published() {
        return store.published().stream().map(r -> agencies.find(r.agencyId()).map(a -> view(a, r.year())))
                .flatMap(Optional::stream).toList();
    }

    private AnnualStatistics view(Agency a, int year) {
        Optional<StatisticsStore.Report> report = store.find(a.id(), year);
        Optional<TrackedDeadline> deadline = report.map(StatisticsStore.Report::deadlineId)
                .flatMap(id -> deadlines.find(id));
        List<StatisticsFigure> figures = report.filter(r -> r.publishedOn() != null)
                .map(r -> store.figures(r.id())).orElseGet(() -> compute(a, year));
        return new AnnualStatistics(report.map(StatisticsStore.Report::id).orElse(null), a.id(), a.name(), year,
                figures, report.map(StatisticsStore.Report::publishedOn).orElse(null),
                deadline.map(TrackedDeadline::dueDate).orElse(dueOf(year, a.unitId())),
                deadline.map(TrackedDeadline::late).orElse(false));
    }

    /** The figures of an agency's year, computed from its cases. */
    public List<StatisticsFigure> compute(Agency a, int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        List<Long> one = List.of(a.id());
        List<EnforcementCase> opened = cases.openedBetween(one, from, to);
        List<EnforcementCase> decided = cases.decidedBetween(one, from, to);
        Set<Long> reviewed = decided.stream().filter(c -> !files.packets(c.id()).isEmpty()).map(EnforcementCase::id)
                .collect(Collectors.toSet());
        Map<Long, ActionKind> kindOf = new LinkedHashMap<>();
        opened.forEach(c -> kindOf.put(c.id(), c.kind()));
        decided.forEach(c -> kindOf.put(c.id(), c.kind()));
        List<CriminalTransfer> transfers = links.transfers(one, from, to);
        Set<Long> published = publications.ofAgencies(one, from, to).stream().map(PublishedDecision::caseId)
                .collect(Collectors.toSet());
        List<StatisticsFigure> figures = new ArrayList<>();
        Map<ActionKind, List<EnforcementCase>> openedByKind = byKind(opened);
        Map<ActionKind, List<EnforcementCase>> decidedByKind = byKind(decided);
        List<ActionKind> kinds = new ArrayList<>();
        kinds.add(null);
        for (ActionKind k : ActionKind.values()) {
            if (openedByKind.containsKey(k) || decidedByKind.containsKey(k)) {
                kinds.add(k);
            }
        }
        for (ActionKind k : kinds) {
            List<EnforcementCase> o = k == null ? opened : openedByKind.getOrDefault(k, List.of());
            List<EnforcementCase> d = k == null ? decided : decidedByKind.getOrDefault(k, List.of());
            long transferred = transfers.stream().filter(t -> k == null || kindOf.get(t.caseId()) == k).count();
            add(figures, k, "opened", o.size());
            add(figures, k, "decided", d.size());
            add(figures, k, "penalty", count(d, c -> c.outcome() == DecisionOutcome.PENALTY));
            add(figures, k, "no-penalty", count(d, c -> c.outcome() == DecisionOutcome.NO_PENALTY));
            add(figures, k, "not-established", count(d, c -> c.outcome() == DecisionOutcome.NOT_ESTABLISHED));
            add(figures, k, "granted", count(d, c -> c.outcome() == DecisionOutcome.GRANTED));
            add(figures, k, "refused", count(d, c -> c.outcome() == DecisionOutcome.REFUSED));
            add(figures, k, "summary", count(d, EnforcementCase::summary));
            add(figures, k, "hearings", count(d, c -> c.hearingHeldOn() != null));
            add(figures, k, "reviewed", count(d, c -> reviewed.contains(c.id())));
            add(figures, k, "discussed", count(d, c -> c.discussedOn() != null));
            add(figures, k, "changed", count(d, c -> c.changedOn() != null));
            figures.add(new StatisticsFigure(k, "fine-amount", sum(d, PenaltyType.FINE)));
            figures.add(new StatisticsFigure(k, "confiscation-amount", sum(d, PenaltyType.CONFISCATION)));
            add(figures, k, "transferred", transferred);
            add(figures, k, "published", count(d, c -> published.contains(c.id())));
        }
        return figures;
    }

    private static Map<ActionKind, List<EnforcementCase>> byKind(List<EnforcementCase> list) {
        Map<ActionKind, List<EnforcementCase>> m = new EnumMap<>(ActionKind.class);
        list.forEach(c -> m.computeIfAbsent(c.kind(), k -> new ArrayList<>()).add(c));
        return m;
    }

    private static void add(List<StatisticsFigure> figures, ActionKind k, String measure, long n) {
        figures.add(new StatisticsFigure(k, measure, BigDecimal.valueOf(n)));
    }

    private static long count(List<EnforcementCase> list, Predicate<EnforcementCase> p) {
        return list.stream().filter(p).count();
    }

    private static BigDecimal sum(List<EnforcementCase> list, PenaltyType type) {
        return list.stream().filter(c -> c.outcome() == DecisionOutcome.PENALTY && c.penaltyType() == type
                && c.amount() != null && c.changedOn() == null).map(EnforcementCase::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
