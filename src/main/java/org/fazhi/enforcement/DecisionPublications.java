package org.fazhi.enforcement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.fazhi.deadlines.DeadlineStatus;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.deadlines.NewDeadline;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.enforcement.internal.AgencyAccess;
import org.fazhi.enforcement.internal.CaseAccess;
import org.fazhi.enforcement.internal.CaseProcedure.Step;
import org.fazhi.enforcement.internal.CaseSteps;
import org.fazhi.enforcement.internal.CaseStore;
import org.fazhi.enforcement.internal.EnforcementRules;
import org.fazhi.enforcement.internal.PublicText;
import org.fazhi.enforcement.internal.PublicationStore;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.PageQuery;
import org.fazhi.shared.PageResult;
import org.fazhi.shared.web.Allowed;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publicity of decisions (执法决定公示, TS-01): each decision published within 20 working days, licensing
 * and penalty decisions within 7 (TS-01's alternate value), natural persons' identifiers removed from what the public
 * reads, decisions concerning minors never published; overdue and late publications flagged (the
 * deadlines on the 督办台); a published decision that is changed or revoked withdrawn within
 * PN-03's period, with the public reason.
 */
@Service
@Transactional
public class DecisionPublications {

    /** A decided case with where its publication stands: due, published (late or not), overdue, withdrawn. */
    public record Standing(EnforcementCase c, Optional<PublishedDecision> publication,
            Optional<TrackedDeadline> deadline, Optional<TrackedDeadline> withdrawal, LocalDate today) {

        /** Past its due date and not met (the daily scan marks it; until then it is read from the dates). */
        public boolean overdue() {
            return deadline.map(this::overdue).orElse(false) || withdrawal.map(this::overdue).orElse(false);
        }

        private boolean overdue(TrackedDeadline d) {
            return d.status() == DeadlineStatus.OVERDUE || (d.status().isActive() && d.dueDate().isBefore(today));
        }

        public boolean late() {
            return deadline.map(TrackedDeadline::late).orElse(false)
                    || withdrawal.map(TrackedDeadline::late).orElse(false);
        }
    }

    private final CaseSteps steps;
    private final CaseAccess access;
    private final CaseStore cases;
    private final AgencyAccess agencies;
    private final PublicationStore publications;
    private final PublicText publicText;
    private final Deadlines deadlines;
    private final MessageSource messages;
    private final Clock clock;

    DecisionPublications(CaseSteps steps, CaseAccess access, CaseStore cases, AgencyAccess agencies,
            PublicationStore publications, PublicText publicText, Deadlines deadlines, MessageSource messages,
            Clock clock) {
        this.steps = steps;
        this.access = access;
        this.cases = cases;
        this.agencies = agencies;
        this.publications = publications;
        this.publicText = publicText;
        this.deadlines = deadlines;
        this.messages = messages;
        this.clock = clock;
    }

    /** Publishes the decision of a case (once; never one concerning a minor), meeting its deadline. */
    @Allowed.EnforcementOfficers
    public PublishedDecision publish(long caseId, PublicationStepRequest r) {
        CaseSteps.Taken t = steps.take(caseId, Step.PUBLISH, r.version());
        EnforcementCase c = t.c();
        LocalDate on = date("on", r.on(), c.decidedOn());
        String outcome = outcomeText(c);
        long id = publications.insert(caseId, c.agencyId(), c.unitId(), c.kind(), c.decisionNo(), c.decidedOn(), on,
                publicText.partyLabel(c), publicText.scrub(c, c.cause()), outcome,
                publicText.decision(c, t.facts().agency().name(), outcome), Actor.current().userId());
        boolean late = false;
        if (c.publicationDeadlineId() != null) {
            TrackedDeadline met = deadlines.find(c.publicationDeadlineId()).filter(d -> d.status().isActive())
                    .map(d -> deadlines.meet(d.id(), on)).orElse(null);
            late = met != null && met.late();
        }
        t.record().touched(steps.now());
        steps.complete(t, Map.of("publicationId", id, "publishedOn", on, "late", late));
        return publications.find(id).orElseThrow();
    }

    /**
     * Records that the decision was changed, revoked, or confirmed unlawful or void; a published one
     * must then be withdrawn within PN-03's period, tracked from that day.
     */
    @Allowed.EnforcementOfficers
    public EnforcementCase changeDecision(long caseId, DecisionChangeRequest r) {
        CaseSteps.Taken t = steps.take(caseId, Step.CHANGE_DECISION, r.version());
        EnforcementCase c = t.c();
        LocalDate on = date("on", r.on(), c.decidedOn());
        Long withdrawal = null;
        if (t.facts().publication().filter(p -> !p.withdrawn()).isPresent()) {
            withdrawal = deadlines.track(NewDeadline.of(Agency.MODULE, EnforcementCase.SUBJECT.name(),
                    String.valueOf(caseId), c.caseNo() + " " + c.cause(), EnforcementRules.WITHDRAWAL, on, c.unitId())
                    .withLabel("enforcement.deadline.withdrawal").withLink("/console/enforcement/cases/" + caseId)).id();
        }
        t.record().changed(on, r.kind(), r.reason().strip(), withdrawal, steps.now());
        return steps.complete(t, Map.of("changedOn", on, "kind", r.kind(), "reason", r.reason().strip(),
                "withdrawalDue", withdrawal == null ? "" : String.valueOf(withdrawal)));
    }

    /** Withdraws the publication of a changed or revoked decision, with the public reason (PN-03). */
    @Allowed.EnforcementOfficers
    public PublishedDecision withdraw(long caseId, PublicationStepRequest r) {
        CaseSteps.Taken t = steps.take(caseId, Step.WITHDRAW_PUBLICATION, r.version());
        EnforcementCase c = t.c();
        String reason = r.reason() == null || r.reason().isBlank() ? null : r.reason().strip();
        if (reason == null) {
            throw InvalidInputException.field("reason", "enforcement.text.required");
        }
        LocalDate on = date("on", r.on(), c.changedOn());
        PublishedDecision p = t.facts().publication().orElseThrow();
        publications.withdraw(p.id(), on, reason);
        if (c.withdrawalDeadlineId() != null) {
            deadlines.find(c.withdrawalDeadlineId()).filter(d -> d.status().isActive())
                    .ifPresent(d -> deadlines.meet(d.id(), on));
        }
        t.record().touched(steps.now());
        steps.complete(t, Map.of("withdrawnOn", on, "reason", reason));
        return publications.find(p.id()).orElseThrow();
    }

    /**
     * The decided cases of the actor's agencies with where their publication stands, those flagged
     * (overdue, or published late) first.
     */
    @Transactional(readOnly = true)
    @Allowed.Staff
    public List<Standing> standings(Integer year) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        List<Standing> rows = new ArrayList<>();
        for (EnforcementCase c : cases.decidedBetween(agencies.visibleIds(), LocalDate.of(y, 1, 1),
                LocalDate.of(y, 12, 31))) {
            rows.add(standing(c));
        }
        rows.sort(java.util.Comparator.comparing((Standing s) -> !(s.overdue() || s.late()))
                .thenComparing(s -> s.c().decidedOn(), java.util.Comparator.reverseOrder()));
        return rows;
    }

    /** Where the publication of one case stands (the case page). */
    @Transactional(readOnly = true)
    @Allowed.Staff
    public Standing standing(long caseId) {
        return standing(access.requireVisible(caseId));
    }

    private Standing standing(EnforcementCase c) {
        return new Standing(c, publications.ofCase(c.id()),
                c.publicationDeadlineId() == null ? Optional.empty() : deadlines.find(c.publicationDeadlineId()),
                c.withdrawalDeadlineId() == null ? Optional.empty() : deadlines.find(c.withdrawalDeadlineId()),
                LocalDate.now(clock));
    }

    // ----- the public side -----

    /** Published decisions, newest first (a withdrawn one shows its notice instead of its content). */
    @Transactional(readOnly = true)
    public PageResult<PublishedDecision> published(Long agencyId, ActionKind kind, PageQuery page) {
        List<PublishedDecision> rows = publications.page(agencyId, kind, page.size() + 1, page.offset()).stream()
                .map(DecisionPublications::forPublic).toList();
        boolean more = rows.size() > page.size();
        List<PublishedDecision> items = more ? rows.subList(0, page.size()) : rows;
        return new PageResult<>(items, page.page(), page.size(), page.offset() + items.size() + (more ? 1 : 0));
    }

    @Transactional(readOnly = true)
    public PublishedDecision publishedOne(long id) {
        return publications.find(id).map(DecisionPublications::forPublic)
                .orElseThrow(() -> new NotFoundException("published-decision", id));
    }

    /**
     * What the public reads: never the internal case id; a withdrawn decision keeps only its number,
     * date, agency and the withdrawal notice.
     */
    private static PublishedDecision forPublic(PublishedDecision p) {
        if (!p.withdrawn()) {
            return new PublishedDecision(p.id(), null, p.agencyId(), p.agency(), p.kind(), p.decisionNo(),
                    p.decidedOn(), p.publishedOn(), p.partyLabel(), p.cause(), p.outcomeText(), p.publicText(), null,
                    null);
        }
        return new PublishedDecision(p.id(), null, p.agencyId(), p.agency(), p.kind(), p.decisionNo(), p.decidedOn(),
                p.publishedOn(), "", "", "", "", p.withdrawnOn(), p.withdrawalReason());
    }

    private String outcomeText(EnforcementCase c) {
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        String outcome = messages.getMessage("enforcement.outcome." + c.outcome().name(), null, zh);
        if (c.penaltyType() == null) {
            return outcome;
        }
        String type = messages.getMessage("enforcement.penalty." + c.penaltyType().name(), null, zh);
        return c.amount() == null
                ? messages.getMessage("enforcement.public.outcome-type", new Object[] {outcome, type}, zh)
                : messages.getMessage("enforcement.public.outcome-amount", new Object[] {outcome, type,
                        c.amount().toPlainString()}, zh);
    }

    private LocalDate date(String field, LocalDate requested, LocalDate notBefore) {
        LocalDate today = LocalDate.now(clock);
        LocalDate on = requested == null ? today : requested;
        if (on.isAfter(today)) {
            throw InvalidInputException.field(field, "enforcement.date.future");
        }
        if (notBefore != null && on.isBefore(notBefore)) {
            throw InvalidInputException.field(field, "enforcement.date.before", notBefore);
        }
        return on;
    }
}
