package org.fazhi.decisions.internal.portal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fazhi.decisions.CatalogAmendment;
import org.fazhi.decisions.CatalogItem;
import org.fazhi.decisions.DecisionCatalog;
import org.fazhi.decisions.DecisionEvaluation;
import org.fazhi.decisions.DecisionStatus;
import org.fazhi.decisions.Hearing;
import org.fazhi.decisions.MajorDecision;
import org.fazhi.decisions.Milestone;
import org.fazhi.decisions.ProgressReport;
import org.fazhi.decisions.internal.CatalogStore;
import org.fazhi.decisions.internal.DecisionStore;
import org.fazhi.decisions.internal.HearingStore;
import org.fazhi.decisions.internal.ImplementationStore;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.privacy.PersonalData;
import org.fazhi.units.Units;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public side of major decisions, for the portal pages and the public API: published catalogs with
 * their items (and where each stands) and amendments; published decisions with their text and
 * implementation progress; hearing announcements with the participants (names masked). Only what is
 * published; natural persons' identifiers are removed from texts people wrote, and participants'
 * names are masked (张某).
 */
@Component
@Transactional(readOnly = true)
class PublicDecisions {

    /** A catalog as the public reads it. */
    record CatalogView(long id, String unit, int year, String title, int versionNo, String approvedBy,
            LocalDate approvedOn, LocalDate publishedOn, List<ItemView> items, List<AmendmentView> amendments) {
    }

    /** An item with its sponsor and where its decision stands (null: not started). */
    record ItemView(int itemNo, String title, String sponsor, int plannedQuarter, List<String> criteria, boolean listed,
            int addedInVersion, Integer removedInVersion, String stage, Long decisionId) {
    }

    /** An amendment as published. */
    record AmendmentView(int versionNo, CatalogAmendment.AmendmentKind kind, String item, String reason,
            String approvedBy, LocalDate approvedOn) {
    }

    /** A published decision in a list. */
    record DecisionSummary(long id, String title, String decidingUnit, String documentNumber,
            LocalDate publicationDate, String stage, int milestones, int milestonesDone, Integer percentDone) {
    }

    /** A published decision with its implementation. */
    record DecisionView(DecisionSummary summary, String channels, LocalDate decidedOn, String text,
            List<MilestoneView> milestones, List<ReportView> reports, List<EvaluationView> evaluations) {
    }

    record MilestoneView(String title, String responsibleUnit, LocalDate dueOn, boolean done, LocalDate completedOn,
            boolean overdue) {
    }

    record ReportView(LocalDate reportedOn, int percentDone, String report) {
    }

    record EvaluationView(DecisionEvaluation.Trigger trigger, String evaluator, LocalDate completedOn,
            DecisionEvaluation.Conclusion conclusion) {
    }

    /** A hearing as announced: the participants' names masked. */
    record HearingView(long id, long decisionId, String decisionTitle, String decidingUnit, Hearing.HearingStatus status,
            LocalDate hearingDate, String place, String announcement, LocalDate announcedOn,
            LocalDate participantsPublishedOn, List<ParticipantView> participants, LocalDate heldOn, String summary) {
    }

    record ParticipantView(int seq, String name, String category, String affiliation) {
    }

    private static final String MASK = "\u67d0";

    private final CatalogStore catalogs;
    private final DecisionStore decisions;
    private final HearingStore hearings;
    private final ImplementationStore implementation;
    private final Units units;
    private final java.time.Clock clock;

    PublicDecisions(CatalogStore catalogs, DecisionStore decisions, HearingStore hearings,
            ImplementationStore implementation, Units units, java.time.Clock clock) {
        this.catalogs = catalogs;
        this.decisions = decisions;
        this.hearings = hearings;
        this.implementation = implementation;
        this.units = units;
        this.clock = clock;
    }

    List<CatalogView> catalogs() {
        return catalogs.published().stream().map(this::view).toList();
    }

    CatalogView catalog(long id) {
        return catalogs.find(id).filter(DecisionCatalog::published).map(this::view)
                .orElseThrow(() -> new NotFoundException(DecisionCatalog.SUBJECT.name(), id));
    }

    List<DecisionSummary> decisions() {
        return decisions.published().stream().map(this::summary).toList();
    }

    DecisionView decision(long id) {
        MajorDecision d = decisions.find(id).filter(MajorDecision::published)
                .orElseThrow(() -> new NotFoundException(MajorDecision.SUBJECT.name(), id));
        LocalDate today = LocalDate.now(clock);
        List<Milestone> ms = implementation.milestones(id);
        Map<Long, String> names = units.names(ms.stream().map(Milestone::responsibleUnitId).toList());
        return new DecisionView(summary(d), d.publicationChannels(), d.decidedOn(),
                PersonalData.redact(decisions.publishedText(id)),
                ms.stream().map(m -> new MilestoneView(m.title(), names.getOrDefault(m.responsibleUnitId(), ""),
                        m.dueOn(), m.done(), m.completedOn(), !m.done() && m.dueOn().isBefore(today))).toList(),
                implementation.reports(id).stream().map(r -> new ReportView(r.reportedOn(), r.percentDone(),
                        PersonalData.redact(r.report()))).toList(),
                implementation.evaluations(id).stream().map(e -> new EvaluationView(e.trigger(), e.evaluatorName(),
                        e.completedOn(), e.conclusion())).toList());
    }

    List<HearingView> hearings() {
        return hearings.announced().stream().map(this::view).flatMap(java.util.Optional::stream).toList();
    }

    HearingView hearing(long id) {
        return hearings.find(id).filter(h -> h.status() != Hearing.HearingStatus.CANCELLED).flatMap(this::view)
                .orElseThrow(() -> new NotFoundException(Hearing.SUBJECT.name(), id));
    }

    /** A participant's name as published: the family name and 某 (U+67D0), never the whole name. */
    static String mask(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String n = name.strip();
        return n.length() == 1 ? MASK : n.charAt(0) + MASK;
    }


    private java.util.Optional<HearingView> view(Hearing h) {
        MajorDecision d = decisions.find(h.decisionId()).orElse(null);
        if (d == null || d.status() == DecisionStatus.STOPPED && h.status() != Hearing.HearingStatus.HELD) {
            return java.util.Optional.empty();
        }
        boolean published = h.participantsPublishedOn() != null;
        return java.util.Optional.of(new HearingView(h.id(), d.id(), d.title(), units.name(d.decidingUnitId()),
                h.status(), h.hearingDate(), h.place(), PersonalData.redact(h.announcement()), h.announcedOn(),
                h.participantsPublishedOn(), published ? h.participants().stream().map(p -> new ParticipantView(
                        p.seq(), mask(p.name()), p.category(), PersonalData.redact(p.affiliation()))).toList()
                        : List.of(),
                h.heldOn(), PersonalData.redact(h.summary())));
    }

    private CatalogView view(DecisionCatalog c) {
        List<CatalogItem> items = catalogs.items(c.id());
        Set<Long> ids = new HashSet<>();
        ids.add(c.unitId());
        items.forEach(i -> ids.add(i.sponsorUnitId()));
        Map<Long, String> names = units.names(ids);
        List<ItemView> views = new ArrayList<>();
        for (CatalogItem i : items) {
            MajorDecision d = decisions.ofItem(i.id()).stream().reduce((a, b) -> b).orElse(null);
            views.add(new ItemView(i.itemNo(), i.title(), names.getOrDefault(i.sponsorUnitId(), ""), i.plannedQuarter(),
                    i.criteria().stream().map(Enum::name).toList(), i.listed(), i.addedInVersion(),
                    i.removedInVersion(), d == null ? null : stage(d), d != null && d.published() ? d.id() : null));
        }
        Map<Long, CatalogItem> byId = new java.util.HashMap<>();
        items.forEach(i -> byId.put(i.id(), i));
        List<AmendmentView> amendments = catalogs.amendments(c.id()).stream().map(a -> new AmendmentView(a.versionNo(),
                a.kind(), byId.containsKey(a.itemId()) ? byId.get(a.itemId()).title() : "", a.reason(), a.approvedBy(),
                a.approvedOn())).toList();
        return new CatalogView(c.id(), names.getOrDefault(c.unitId(), ""), c.year(), c.title(), c.versionNo(),
                c.approvedBy(), c.approvedOn(), c.publishedOn(), views, amendments);
    }

    private DecisionSummary summary(MajorDecision d) {
        List<Milestone> ms = implementation.milestones(d.id());
        List<ProgressReport> reports = implementation.reports(d.id());
        return new DecisionSummary(d.id(), d.title(), units.name(d.decidingUnitId()), d.documentNumber(),
                d.publicationDate(), stage(d), ms.size(), (int) ms.stream().filter(Milestone::done).count(),
                reports.isEmpty() ? null : reports.get(reports.size() - 1).percentDone());
    }

    /** Where a decision stands, as the public reads it. */
    static String stage(MajorDecision d) {
        return switch (d.status()) {
            case DRAFTING, CONSULTING, REVIEWING, REVIEWED, TABLED -> d.published() ? "CHANGING" : "IN_PROCEDURE";
            case DECIDED -> "DECIDED";
            case IMPLEMENTING -> "IMPLEMENTING";
            case SUSPENDED -> "SUSPENDED";
            case ARCHIVED -> "COMPLETED";
            case STOPPED -> "STOPPED";
        };
    }
}
