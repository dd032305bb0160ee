package org.fazhi.enforcement.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fazhi.calendar.WorkingCalendar;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.enforcement.ActionKind;
import org.fazhi.enforcement.Agency;
import org.fazhi.enforcement.BenchmarkCheck;
import org.fazhi.enforcement.DecisionOutcome;
import org.fazhi.enforcement.DiscretionBenchmarks;
import org.fazhi.enforcement.EnforcementCase;
import org.fazhi.enforcement.EvidenceItem;
import org.fazhi.enforcement.EvidenceStage;
import org.fazhi.enforcement.ExemptionItem;
import org.fazhi.enforcement.ReviewCatalogItem;
import org.fazhi.review.LegalityReview;
import org.fazhi.review.LegalityReviews;
import org.fazhi.rules.RuleTerm;
import org.fazhi.rules.RulesCatalog;
import org.fazhi.shared.Actor;
import org.fazhi.units.Role;
import org.springframework.stereotype.Component;

/**
 * Gathers the {@link CaseFacts} a step or the guide checks: once, in the caller's transaction, after
 * the visibility check (another unit's case answers 404 before any gate is read).
 */
@Component
public class CaseFactsReader {

    private final CaseAccess access;
    private final AgencyStore agencies;
    private final OfficerStore officers;
    private final CaseFileStore files;
    private final ReviewerStore catalog;
    private final PublicationStore publications;
    private final DiscretionBenchmarks benchmarks;
    private final LegalityReviews reviews;
    private final Deadlines deadlines;
    private final WorkingCalendar calendar;
    private final RulesCatalog rules;
    private final Clock clock;

    CaseFactsReader(CaseAccess access, AgencyStore agencies, OfficerStore officers, CaseFileStore files,
            ReviewerStore catalog, PublicationStore publications, DiscretionBenchmarks benchmarks,
            LegalityReviews reviews, Deadlines deadlines, WorkingCalendar calendar, RulesCatalog rules, Clock clock) {
        this.access = access;
        this.agencies = agencies;
        this.officers = officers;
        this.files = files;
        this.catalog = catalog;
        this.publications = publications;
        this.benchmarks = benchmarks;
        this.reviews = reviews;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.rules = rules;
        this.clock = clock;
    }

    public CaseFacts lock(long id) {
        return of(access.lockVisible(id));
    }

    public CaseFacts read(long id) {
        return of(access.requireVisible(id));
    }

    /** The facts of a case already read (and checked visible, or taken by the system). */
    public CaseFacts of(EnforcementCase c) {
        LocalDate today = LocalDate.now(clock);
        Agency agency = agencies.find(c.agencyId()).orElseThrow();
        boolean carries = Actor.currentHasAnyRole(Role.ENFORCEMENT_OFFICER.name()) && access.ofActorsUnits(c);
        int minimum = rules.threshold(EnforcementRules.TWO_OFFICERS, today, c.unitId()).intValueExact();
        List<LegalityReview> rounds = reviews.forSubject(EnforcementCase.SUBJECT.ref(c.id()));
        Map<Long, Integer> packets = new HashMap<>();
        files.packets(c.id()).forEach(p -> packets.put(p.id(), p.proposalVersion()));
        LocalDate windowEnds = c.notifiedOn() == null ? null
                : calendar.dueByRule(EnforcementRules.HEARING_REQUEST, RuleTerm.AMOUNT, c.notifiedOn(), c.unitId(),
                        List.of()).due();
        Set<EvidenceStage> stages = EnumSet.noneOf(EvidenceStage.class);
        files.evidenceOf(c.id()).stream().filter(EvidenceItem::current).forEach(e -> stages.add(e.stage()));
        Optional<TrackedDeadline> deadline = c.decisionDeadlineId() == null ? Optional.empty()
                : deadlines.find(c.decisionDeadlineId());
        return new CaseFacts(c, agency, carries, officers.byIds(files.team(c.id())), minimum, benchmark(c),
                exemption(c), catalogItem(c, today), rounds,
                CaseReviewGate.of(rounds, packets, c.proposalVersion(), c.answersReviewId()), windowEnds, stages,
                files.acts(c.id()), publications.ofCase(c.id()), deadline, files.extensions(c.id()).size(), today);
    }

    private BenchmarkCheck benchmark(EnforcementCase c) {
        if (c.kind() != ActionKind.PENALTY || c.proposedOutcome() != DecisionOutcome.PENALTY
                || c.violationCode() == null) {
            return null;
        }
        return benchmarks.check(c.unitId(), c.violationCode(), c.caseDate(), c.circumstance(),
                c.proposedPenaltyType(), c.proposedAmount());
    }

    private Optional<ExemptionItem> exemption(EnforcementCase c) {
        if (c.kind() != ActionKind.PENALTY || c.violationCode() == null || c.harm() == null) {
            return Optional.empty();
        }
        return benchmarks.matchingExemption(c.unitId(), c.violationCode(), c.caseDate(), c.firstOffence(), c.harm(),
                c.corrected());
    }

    private Optional<ReviewCatalogItem> catalogItem(EnforcementCase c, LocalDate today) {
        if (c.proposedOutcome() == null) {
            return Optional.empty();
        }
        LocalDate on = c.decidedOn() != null ? c.decidedOn() : today;
        return catalog.catalog(c.agencyId()).stream().filter(i -> i.listedOn(on))
                .filter(i -> i.covers(c.kind(), c.proposedPenaltyType(), c.proposedAmount())).findFirst();
    }
}
