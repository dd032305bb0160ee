package org.fazhi.decisions.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fazhi.assessment.Metric;
import org.fazhi.assessment.MetricKind;
import org.fazhi.assessment.MetricRecord;
import org.fazhi.assessment.MetricSource;
import org.fazhi.assessment.MetricValue;
import org.fazhi.decisions.DecisionCatalog;
import org.fazhi.decisions.DecisionEvaluation;
import org.fazhi.decisions.Hearing;
import org.fazhi.decisions.MajorDecision;
import org.fazhi.decisions.Meeting;
import org.fazhi.decisions.MeetingKind;
import org.fazhi.decisions.MeetingTopic;
import org.fazhi.decisions.Milestone;
import org.fazhi.decisions.RequiredProcedure;
import org.fazhi.participation.PublicConsultation;
import org.fazhi.participation.PublicConsultations;
import org.fazhi.review.LegalityGate;
import org.fazhi.review.LegalityReviews;
import org.fazhi.shared.NotFoundException;
import org.fazhi.units.Units;
import org.springframework.stereotype.Component;

/**
 * The figures of major decisions for the assessment, per unit subtree and year, each with the records
 * behind it: the catalogs of the year published (MD-01); the decisions made; of those, the share with
 * each procedure their attributes require done (participation MD-02, hearing MD-03, experts MD-04, risk
 * MD-05 — a waiver is not done), with a passing legality review of the version decided and with a
 * collective decision on the record (SD-04: both 100%); the comment windows that ran their minimum
 * period or stated why not (MD-02); the hearings held; the topics of 常务会议 reviewed before the meeting
 * (seed 001 §1.2); the implementation milestones due that were reached on time; the post-evaluations
 * (MD-10). A decision counts for the units that sponsor or decide it.
 */
@Component
public class DecisionsMetrics implements MetricSource {

    static final String P = "decisions.";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static final List<Metric> METRICS = List.of(
            rate("catalog-published", DecisionsRules.CATALOG, HUNDRED),
            count("decided", null),
            rate("participation-done", DecisionsRules.CONSULTATION, null),
            rate("hearing-done", DecisionsRules.HEARING_MATERIALS, null),
            rate("experts-done", DecisionsRules.EXPERTS, null),
            rate("risk-done", DecisionsRules.RISK, null),
            rate("legality-review-rate", DecisionsRules.TARGETS, HUNDRED),
            rate("collective-decision-rate", DecisionsRules.TARGETS, HUNDRED),
            rate("comment-windows-honoured", DecisionsRules.CONSULTATION, HUNDRED),
            count("hearings-held", DecisionsRules.HEARING_MATERIALS),
            rate("topics-reviewed", null, HUNDRED),
            rate("milestones-on-time", DecisionsRules.IMPLEMENTATION, null),
            count("post-evaluations", DecisionsRules.POST_EVALUATION));

    private final DecisionStore decisions;
    private final CatalogStore catalogs;
    private final MeetingStore meetings;
    private final MeetingSteps meetingSteps;
    private final HearingStore hearings;
    private final ImplementationStore implementation;
    private final DecisionFactsReader facts;
    private final PublicConsultations consultations;
    private final LegalityReviews reviews;
    private final Units units;
    private final Clock clock;

    DecisionsMetrics(DecisionStore decisions, CatalogStore catalogs, MeetingStore meetings, MeetingSteps meetingSteps,
            HearingStore hearings, ImplementationStore implementation, DecisionFactsReader facts,
            PublicConsultations consultations, LegalityReviews reviews, Units units, Clock clock) {
        this.decisions = decisions;
        this.catalogs = catalogs;
        this.meetings = meetings;
        this.meetingSteps = meetingSteps;
        this.hearings = hearings;
        this.implementation = implementation;
        this.facts = facts;
        this.consultations = consultations;
        this.reviews = reviews;
        this.units = units;
        this.clock = clock;
    }

    private static Metric rate(String id, String rule, BigDecimal target) {
        return new Metric(P + id, DecisionCatalog.MODULE, "metric.decisions." + id, MetricKind.RATE, rule, target);
    }

    private static Metric count(String id, String rule) {
        return new Metric(P + id, DecisionCatalog.MODULE, "metric.decisions." + id, MetricKind.COUNT, rule, null);
    }

    @Override
    public List<Metric> metrics() {
        return METRICS;
    }

    @Override
    public MetricValue value(String id, Set<Long> unitIds, int year) {
        Metric m = METRICS.stream().filter(x -> x.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("metric", id));
        List<MetricRecord> records = records(id, unitIds, year);
        long counted = records.stream().filter(MetricRecord::counted).count();
        return m.kind() == MetricKind.RATE ? MetricValue.rate(id, counted, records.size())
                : MetricValue.count(id, counted);
    }

    @Override
    public List<MetricRecord> records(String id, Set<Long> unitIds, int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        String metric = id.startsWith(P) ? id.substring(P.length()) : id;
        return switch (metric) {
            case "catalog-published" -> catalogs.ofUnits(unitIds).stream().filter(c -> c.year() == year)
                    .map(c -> new MetricRecord(units.name(c.unitId()) + " " + c.title(),
                            "/console/decisions/catalogs/" + c.id(), c.published(),
                            c.publishedOn() == null ? null : c.publishedOn().toString()))
                    .toList();
            case "decided" -> decided(unitIds, from, to).stream().map(d -> decision(d, true, null)).toList();
            case "participation-done" -> procedure(unitIds, from, to, RequiredProcedure.PUBLIC_PARTICIPATION);
            case "hearing-done" -> procedure(unitIds, from, to, RequiredProcedure.HEARING);
            case "experts-done" -> procedure(unitIds, from, to, RequiredProcedure.EXPERT_ARGUMENTATION);
            case "risk-done" -> procedure(unitIds, from, to, RequiredProcedure.RISK_ASSESSMENT);
            case "legality-review-rate" -> decided(unitIds, from, to).stream()
                    .map(d -> decision(d, LegalityGate.forDeliberation(
                            reviews.forSubject(MajorDecision.SUBJECT.ref(d.id())), d.decidedVersionId()).passed(), null))
                    .toList();
            case "collective-decision-rate" -> decided(unitIds, from, to).stream()
                    .map(d -> decision(d, collectivelyDecided(d), null)).toList();
            case "comment-windows-honoured" -> windows(unitIds, from, to);
            case "hearings-held" -> hearingsHeld(unitIds, from, to);
            case "topics-reviewed" -> topics(unitIds, from, to);
            case "milestones-on-time" -> milestones(unitIds, from, to);
            case "post-evaluations" -> evaluations(unitIds, from, to);
            default -> throw new NotFoundException("metric", id);
        };
    }

    /** Decisions of the units decided by a meeting in the year. */
    private List<MajorDecision> decided(Set<Long> unitIds, LocalDate from, LocalDate to) {
        return decisions.ofUnits(unitIds, null).stream()
                .filter(d -> d.decidedOn() != null && !d.decidedOn().isBefore(from) && !d.decidedOn().isAfter(to))
                .sorted(java.util.Comparator.comparing(MajorDecision::decidedOn).thenComparing(MajorDecision::id))
                .toList();
    }

    private static MetricRecord decision(MajorDecision d, boolean counted, String note) {
        return new MetricRecord(d.title(), "/console/decisions/" + d.id(), counted,
                note != null ? note : d.decidedOn() == null ? null : d.decidedOn().toString());
    }

    /** The decisions of the year that required the procedure, counted when it was done (a waiver is noted). */
    private List<MetricRecord> procedure(Set<Long> unitIds, LocalDate from, LocalDate to, RequiredProcedure p) {
        List<MetricRecord> out = new ArrayList<>();
        for (MajorDecision d : decided(unitIds, from, to)) {
            if (!d.attributes().required().contains(p)) {
                continue;
            }
            DecisionFacts f = facts.of(d);
            boolean done = f.done(p);
            out.add(decision(d, done, done ? null : f.waiver(p).map(w -> w.reason()).orElse(null)));
        }
        return out;
    }

    /** The meeting that decided it deliberated the topic, with speeches on the record, and passed it. */
    private boolean collectivelyDecided(MajorDecision d) {
        return d.decidedTopicId() != null && meetings.topic(d.decidedTopicId())
                .filter(t -> t.outcome() == MeetingTopic.TopicOutcome.PASSED && !t.speeches().isEmpty()).isPresent();
    }

    /** The decisions' comment windows closed in the year: run to their minimum, or shortened with a reason. */
    private List<MetricRecord> windows(Set<Long> unitIds, LocalDate from, LocalDate to) {
        List<MetricRecord> out = new ArrayList<>();
        for (MajorDecision d : decisions.ofUnits(unitIds, null)) {
            for (PublicConsultation c : consultations.ofSubject(MajorDecision.SUBJECT.ref(d.id()))) {
                if (!c.closed() || c.closedOn() == null || c.closedOn().isBefore(from) || c.closedOn().isAfter(to)) {
                    continue;
                }
                boolean honoured = c.closedOn().isAfter(c.earliestClose()) || c.shortenedReason() != null;
                out.add(new MetricRecord(d.title(), "/console/decisions/" + d.id() + "#consultations", honoured,
                        c.openedOn() + " → " + c.closedOn()));
            }
        }
        return out;
    }

    private List<MetricRecord> hearingsHeld(Set<Long> unitIds, LocalDate from, LocalDate to) {
        List<MetricRecord> out = new ArrayList<>();
        for (MajorDecision d : decisions.ofUnits(unitIds, null)) {
            for (Hearing h : hearings.ofDecision(d.id())) {
                if (h.status() == Hearing.HearingStatus.HELD && !h.heldOn().isBefore(from) && !h.heldOn().isAfter(to)) {
                    out.add(new MetricRecord(d.title(), "/console/decisions/" + d.id() + "#hearings", true,
                            h.heldOn().toString()));
                }
            }
        }
        return out;
    }

    /** Every topic on the agenda of a 常务会议 of the year, counted when its legality review passed. */
    private List<MetricRecord> topics(Set<Long> unitIds, LocalDate from, LocalDate to) {
        List<MetricRecord> out = new ArrayList<>();
        for (Meeting m : meetings.between(unitIds, from, to)) {
            if (m.kind() != MeetingKind.EXECUTIVE) {
                continue;
            }
            for (MeetingTopic t : m.topics()) {
                if (t.status() == MeetingTopic.TopicStatus.REMOVED) {
                    continue;
                }
                out.add(new MetricRecord(m.title() + " · " + t.title(), "/console/decisions/meetings/" + m.id(),
                        meetingSteps.review(t) == MeetingFacts.TopicReview.PASSED, m.meetingDate().toString()));
            }
        }
        return out;
    }

    /** Milestones due in the year and done, or overdue today; counted when reached by their day. */
    private List<MetricRecord> milestones(Set<Long> unitIds, LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        List<MetricRecord> out = new ArrayList<>();
        for (MajorDecision d : decisions.ofUnits(unitIds, null)) {
            for (Milestone m : implementation.milestones(d.id())) {
                if (m.dueOn().isBefore(from) || m.dueOn().isAfter(to) || !(m.done() || m.dueOn().isBefore(today))) {
                    continue;
                }
                out.add(new MetricRecord(d.title() + " · " + m.title(), "/console/decisions/" + d.id()
                        + "#implementation", m.onTime(), m.dueOn() + (m.done() ? " / " + m.completedOn() : "")));
            }
        }
        return out;
    }

    private List<MetricRecord> evaluations(Set<Long> unitIds, LocalDate from, LocalDate to) {
        List<MetricRecord> out = new ArrayList<>();
        Map<Long, MajorDecision> byId = new java.util.HashMap<>();
        decisions.ofUnits(unitIds, null).forEach(d -> byId.put(d.id(), d));
        for (MajorDecision d : byId.values()) {
            for (DecisionEvaluation e : implementation.evaluations(d.id())) {
                if (!e.completedOn().isBefore(from) && !e.completedOn().isAfter(to)) {
                    out.add(new MetricRecord(d.title() + " · " + e.evaluatorName(), "/console/decisions/" + d.id()
                            + "#evaluation", true, e.completedOn().toString()));
                }
            }
        }
        return out;
    }
}
