package org.fazhi.enforcement.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.fazhi.assessment.Metric;
import org.fazhi.assessment.MetricKind;
import org.fazhi.assessment.MetricRecord;
import org.fazhi.assessment.MetricSource;
import org.fazhi.assessment.MetricValue;
import org.fazhi.deadlines.DeadlineStatus;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.enforcement.ActionKind;
import org.fazhi.enforcement.Agencies;
import org.fazhi.enforcement.Agency;
import org.fazhi.enforcement.CaseFileEvaluation;
import org.fazhi.enforcement.CriminalTransfer;
import org.fazhi.enforcement.EnforcementCase;
import org.fazhi.enforcement.EvidenceStage;
import org.fazhi.enforcement.Officer;
import org.fazhi.enforcement.OfficerExam;
import org.fazhi.enforcement.OfficerKind;
import org.fazhi.enforcement.ReviewerRatio;
import org.fazhi.rules.RulesCatalog;
import org.fazhi.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The figures of administrative enforcement for the assessment, per unit subtree and year, each with
 * the records behind it: officers with a valid certificate and exams taken; cases opened by kind; the
 * legal review rate of decisions that needed one (SD-05, PN-05 and the catalogs); the reviewers against
 * the officers (TS-03); decisions published on time (TS-01); full-process records complete (PN-04);
 * penalty decisions within the deadline (PN-06); case files evaluated and passing their template;
 * transfers to criminal justice; and the annual statistics published on time (TS-02). Imported cases
 * count as cases but not in the procedure rates: their steps were not taken on the platform.
 */
@Component
public class EnforcementMetrics implements MetricSource {

    static final String P = "enforcement.";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private volatile List<Metric> metrics;
    private final RulesCatalog rules;
    private final AgencyStore agencies;
    private final Agencies agencyService;
    private final OfficerStore officers;
    private final CaseStore cases;
    private final CaseFileStore files;
    private final CaseFactsReader facts;
    private final CaseLinkStore links;
    private final EvaluationStore evaluations;
    private final StatisticsStore statistics;
    private final Deadlines deadlines;
    private final MessageSource messages;
    private final Clock clock;

    EnforcementMetrics(AgencyStore agencies, Agencies agencyService, OfficerStore officers, CaseStore cases,
            CaseFileStore files, CaseFactsReader facts, CaseLinkStore links, EvaluationStore evaluations,
            StatisticsStore statistics, Deadlines deadlines, RulesCatalog rules, MessageSource messages, Clock clock) {
        this.messages = messages;
        this.agencies = agencies;
        this.agencyService = agencyService;
        this.officers = officers;
        this.cases = cases;
        this.files = files;
        this.facts = facts;
        this.links = links;
        this.evaluations = evaluations;
        this.statistics = statistics;
        this.deadlines = deadlines;
        this.clock = clock;
        this.rules = rules;
    }

    /** The metrics, their targets read from the rules catalog when first asked for. */
    private List<Metric> definitions() {
        List<Metric> known = metrics;
        if (known == null) {
            known = build();
            metrics = known;
        }
        return known;
    }

    private List<Metric> build() {
        List<Metric> m = new ArrayList<>();
        m.add(count("officers-certified"));
        m.add(count("exams-taken"));
        for (ActionKind k : ActionKind.values()) {
            m.add(count("cases-" + kindId(k)));
        }
        m.add(rate("review-rate", EnforcementRules.REVIEW_RATE, rules.threshold(EnforcementRules.REVIEW_RATE,
                LocalDate.now(clock))));
        m.add(rate("reviewer-ratio", EnforcementRules.REVIEWER_RATIO,
                rules.threshold(EnforcementRules.REVIEWER_RATIO, LocalDate.now(clock))));
        m.add(rate("publicity-on-time", EnforcementRules.PUBLICITY, HUNDRED));
        m.add(rate("record-complete", EnforcementRules.FULL_RECORD, HUNDRED));
        m.add(rate("decided-within-limit", EnforcementRules.DECISION_DEADLINE, HUNDRED));
        m.add(count("files-evaluated"));
        m.add(rate("files-passed", null, null));
        m.add(count("transfers"));
        m.add(rate("statistics-on-time", EnforcementRules.STATISTICS, HUNDRED));
        return List.copyOf(m);
    }

    private static Metric count(String id) {
        return new Metric(P + id, Agency.MODULE, "metric.enforcement." + id, MetricKind.COUNT, null, null);
    }

    private static Metric rate(String id, String rule, BigDecimal target) {
        return new Metric(P + id, Agency.MODULE, "metric.enforcement." + id, MetricKind.RATE, rule, target);
    }

    static String kindId(ActionKind k) {
        return k.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public List<Metric> metrics() {
        return definitions();
    }

    @Override
    public MetricValue value(String id, Set<Long> units, int year) {
        Metric m = definitions().stream().filter(x -> x.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("metric", id));
        if (id.equals(P + "reviewer-ratio")) {
            List<ReviewerRatio> ratios = ratios(units, year);
            return MetricValue.rate(id, ratios.stream().mapToLong(ReviewerRatio::reviewers).sum(),
                    ratios.stream().mapToLong(ReviewerRatio::officers).sum());
        }
        List<MetricRecord> records = records(id, units, year);
        long counted = records.stream().filter(MetricRecord::counted).count();
        return m.kind() == MetricKind.RATE ? MetricValue.rate(id, counted, records.size())
                : MetricValue.count(id, counted);
    }

    @Override
    public List<MetricRecord> records(String id, Set<Long> units, int year) {
        if (definitions().stream().noneMatch(m -> m.id().equals(id))) {
            throw new NotFoundException("metric", id);
        }
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        List<Agency> inScope = agencies.ofUnits(units);
        List<Long> ids = inScope.stream().map(Agency::id).toList();
        String metric = id.substring(P.length());
        if (metric.startsWith("cases-")) {
            ActionKind kind = ActionKind.valueOf(metric.substring("cases-".length()).toUpperCase(java.util.Locale.ROOT));
            return cases.openedBetween(ids, from, to).stream().filter(c -> c.kind() == kind)
                    .map(c -> record(c, true, text("enforcement.status." + c.status().name())
                            + (c.imported() ? " · " + text("enforcement.metric.imported") : ""))).toList();
        }
        return switch (metric) {
            case "officers-certified" -> officersCertified(ids, reference(to));
            case "exams-taken" -> examsTaken(ids, from, to);
            case "review-rate" -> reviewRate(ids, from, to);
            case "reviewer-ratio" -> ratios(units, year).stream()
                    .map(r -> new MetricRecord(r.agency(), "/console/enforcement/agencies/" + r.agencyId(), r.met(),
                            r.reviewers() + "/" + r.officers()))
                    .toList();
            case "publicity-on-time" -> byDeadline(cases.decidedHereBetween(ids, from, to),
                    EnforcementCase::publicationDeadlineId);
            case "record-complete" -> recordComplete(ids, from, to);
            case "decided-within-limit" -> byDeadline(cases.decidedHereBetween(ids, from, to).stream()
                    .filter(c -> c.kind() == ActionKind.PENALTY && !c.summary()).toList(),
                    EnforcementCase::decisionDeadlineId);
            case "files-evaluated" -> evaluated(ids, from, to, e -> true);
            case "files-passed" -> evaluated(ids, from, to, CaseFileEvaluation::passed);
            case "transfers" -> transfers(ids, from, to);
            case "statistics-on-time" -> statisticsOnTime(inScope, year);
            default -> throw new NotFoundException("metric", id);
        };
    }

    /** The end of the year, or today while the year runs. */
    private LocalDate reference(LocalDate endOfYear) {
        LocalDate today = LocalDate.now(clock);
        return today.isBefore(endOfYear) ? today : endOfYear;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    private static MetricRecord record(EnforcementCase c, boolean counted, String note) {
        return new MetricRecord(c.caseNo() + " " + c.cause(), "/console/enforcement/cases/" + c.id(), counted, note);
    }

    private List<MetricRecord> officersCertified(Collection<Long> agencyIds, LocalDate on) {
        List<MetricRecord> out = new ArrayList<>();
        for (long agencyId : agencyIds) {
            for (Officer o : officers.ofAgency(agencyId)) {
                if (o.kind() != OfficerKind.OFFICER) {
                    continue;
                }
                var standing = o.standingOn(on);
                out.add(new MetricRecord(o.name() + (o.certificateNo() == null ? "" : " " + o.certificateNo()),
                        "/console/enforcement/officers/" + o.id(), standing.valid(),
                        text("enforcement.standing-cert." + standing.name())));
            }
        }
        return out;
    }

    private List<MetricRecord> examsTaken(Collection<Long> agencyIds, LocalDate from, LocalDate to) {
        List<OfficerExam> exams = officers.examsIn(agencyIds, from, to);
        Map<Long, Officer> byId = new HashMap<>();
        officers.byIds(exams.stream().map(OfficerExam::officerId).distinct().toList())
                .forEach(o -> byId.put(o.id(), o));
        return exams.stream().map(e -> new MetricRecord(
                Optional.ofNullable(byId.get(e.officerId())).map(Officer::name).orElse("#" + e.officerId()) + " · "
                        + e.examName() + " " + e.takenOn(),
                "/console/enforcement/officers/" + e.officerId(), true,
                text(e.passed() ? "enforcement.metric.exam-passed" : "enforcement.metric.exam-failed",
                        e.score().stripTrailingZeros().toPlainString()))).toList();
    }

    /** Decisions of the year that needed a legal review (PN-05, the catalog): taken with a passing one. */
    private List<MetricRecord> reviewRate(Collection<Long> agencyIds, LocalDate from, LocalDate to) {
        List<MetricRecord> out = new ArrayList<>();
        for (EnforcementCase c : cases.decidedHereBetween(agencyIds, from, to)) {
            if (c.summary()) {
                continue;
            }
            CaseFacts f = facts.of(c);
            if (f.reviewRequired()) {
                out.add(record(c, f.reviewGate().passed(), f.reviewGate().reviewId() == null ? null
                        : text("enforcement.metric.review", f.reviewGate().reviewId())));
            }
        }
        return out;
    }

    private List<ReviewerRatio> ratios(Set<Long> units, int year) {
        LocalDate on = reference(LocalDate.of(year, 12, 31));
        return agencies.ofUnits(units).stream().filter(Agency::active).map(a -> agencyService.ratioOf(a, on))
                .toList();
    }

    /**
     * Cases measured by a deadline: met in time counts, met late or overdue does not; a deadline still
     * running (not yet due) is not measured yet.
     */
    private List<MetricRecord> byDeadline(List<EnforcementCase> list,
            java.util.function.Function<EnforcementCase, Long> deadline) {
        LocalDate today = LocalDate.now(clock);
        List<MetricRecord> out = new ArrayList<>();
        for (EnforcementCase c : list) {
            Long id = deadline.apply(c);
            Optional<TrackedDeadline> t = id == null ? Optional.empty() : deadlines.find(id);
            if (t.isEmpty() || t.get().status() == DeadlineStatus.CANCELLED) {
                continue;
            }
            TrackedDeadline d = t.get();
            boolean met = d.metOn() != null;
            if (!met && !today.isAfter(d.dueDate())) {
                continue;
            }
            out.add(record(c, met && !d.late(), (met ? d.metOn() : "—") + " / " + d.dueDate()));
        }
        return out;
    }

    /** Cases closed in the year (archived or not): every stage of the full-process record kept (PN-04). */
    private List<MetricRecord> recordComplete(Collection<Long> agencyIds, LocalDate from, LocalDate to) {
        List<EnforcementCase> closed = cases.closedBetween(agencyIds, from, to).stream().filter(c -> !c.imported())
                .toList();
        Map<Long, List<EvidenceStage>> stages = files.stagesOf(closed.stream().map(EnforcementCase::id).toList());
        return closed.stream().map(c -> {
            List<EvidenceStage> have = stages.getOrDefault(c.id(), List.of());
            List<EvidenceStage> missing = CaseFacts.requiredStages(c).stream().filter(s -> !have.contains(s))
                    .sorted().toList();
            return record(c, missing.isEmpty(), missing.isEmpty() ? null
                    : String.join(",", missing.stream().map(Enum::name).toList()));
        }).toList();
    }

    private List<MetricRecord> evaluated(Collection<Long> agencyIds, LocalDate from, LocalDate to,
            java.util.function.Predicate<CaseFileEvaluation> counted) {
        List<CaseFileEvaluation> list = evaluations.ofAgencies(agencyIds, from, to);
        Map<Long, EnforcementCase> byId = new HashMap<>();
        list.stream().map(CaseFileEvaluation::caseId).distinct()
                .forEach(id -> cases.find(id).ifPresent(c -> byId.put(id, c)));
        return list.stream().map(e -> {
            EnforcementCase c = byId.get(e.caseId());
            return new MetricRecord((c == null ? "#" + e.caseId() : c.caseNo() + " " + c.cause()) + " · "
                    + e.evaluatedOn(), "/console/enforcement/cases/" + e.caseId() + "#evaluation", counted.test(e),
                    e.total().stripTrailingZeros().toPlainString());
        }).toList();
    }

    private List<MetricRecord> transfers(Collection<Long> agencyIds, LocalDate from, LocalDate to) {
        List<CriminalTransfer> list = links.transfers(agencyIds, from, to);
        return list.stream().map(t -> new MetricRecord(t.receivingOrgan() + " · " + t.transferredOn(),
                "/console/enforcement/cases/" + t.caseId() + "#transfers", true,
                Stream.of(t.receiptNo(), t.outcome() == null ? null
                        : text("enforcement.transfer-outcome." + t.outcome().name()))
                        .filter(java.util.Objects::nonNull).reduce((a, b) -> a + " " + b).orElse(null)))
                .toList();
    }

    /**
     * The agencies' statistics of {@code year} (TS-02: published by 31 January after it): published in
     * time counts; late or missing past the day does not; before the day an unpublished one is not
     * measured yet.
     */
    private List<MetricRecord> statisticsOnTime(List<Agency> inScope, int year) {
        LocalDate today = LocalDate.now(clock);
        List<MetricRecord> out = new ArrayList<>();
        for (Agency a : inScope) {
            Optional<StatisticsStore.Report> r = statistics.find(a.id(), year);
            Optional<TrackedDeadline> d = r.map(StatisticsStore.Report::deadlineId).flatMap(deadlines::find);
            if (r.isEmpty() || d.isEmpty()) {
                continue;
            }
            LocalDate published = r.get().publishedOn();
            if (published == null && !today.isAfter(d.get().dueDate())) {
                continue;
            }
            out.add(new MetricRecord(a.name() + " " + year, "/console/enforcement/statistics?year=" + year,
                    published != null && !published.isAfter(d.get().dueDate()),
                    (published == null ? "—" : published) + " / " + d.get().dueDate()));
        }
        return out;
    }
}
