package org.fazhi.enforcement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.fazhi.audit.AuditLog;
import org.fazhi.calendar.WorkingCalendar;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.deadlines.NewDeadline;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.enforcement.internal.AgencyAccess;
import org.fazhi.enforcement.internal.CaseAccess;
import org.fazhi.enforcement.internal.CaseCounter;
import org.fazhi.enforcement.internal.CaseFacts;
import org.fazhi.enforcement.internal.CaseFileStore;
import org.fazhi.enforcement.internal.CaseProcedure.Step;
import org.fazhi.enforcement.internal.CaseRecord;
import org.fazhi.enforcement.internal.CaseSteps;
import org.fazhi.enforcement.internal.CaseStore;
import org.fazhi.enforcement.internal.CaseTexts;
import org.fazhi.enforcement.internal.EnforcementRules;
import org.fazhi.enforcement.internal.OfficerCheck;
import org.fazhi.review.LegalityReview;
import org.fazhi.review.LegalityReviews;
import org.fazhi.review.ReviewOutcome;
import org.fazhi.review.ReviewStatus;
import org.fazhi.review.ReviewSubject;
import org.fazhi.review.ReviewType;
import org.fazhi.review.SubmissionRequest;
import org.fazhi.rules.RuleTerm;
import org.fazhi.rules.RulesCatalog;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.PageQuery;
import org.fazhi.shared.PageResult;
import org.fazhi.shared.RefusedException;
import org.fazhi.shared.web.Allowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The procedure of an enforcement case under the three systems, step by step. Each step is let through
 * by the procedure ({@code internal.CaseProcedure}: the state and the legal gates, the same ones the
 * page's guide shows), records what it does, and is audited in the same transaction:
 * <ul>
 * <li>a case is opened on a power item of the agency, and every act is carried out by at least two
 * officers with valid certificates of that agency (PN-01);</li>
 * <li>a proposed penalty is checked against the benchmark in force on the case date (a deviation
 * needs a reason); a case on a first-offence or minor-offence list is decided without penalty;</li>
 * <li>the party is told of the proposal and its rights, with a hearing where PN-07's thresholds are
 * met; the decision waits for its window and its hearing;</li>
 * <li>no decision without a passing legal review where the catalog or PN-05 asks for one, nor without
 * collective discussion of a complex or major case; the 90-day deadline (PN-06) runs from opening,
 * extended only with a recorded approval;</li>
 * <li>the decision is served and executed, the case closed, and archived with a complete record.</li>
 * </ul>
 * Evidence is {@link CaseEvidence}; publication {@link DecisionPublications}; the guide
 * {@link CaseGuide}; the page's reading {@link CaseOverviews}.
 */
@Service
@Transactional
public class EnforcementCases {

    private final CaseStore cases;
    private final CaseSteps steps;
    private final CaseAccess access;
    private final AgencyAccess agencies;
    private final CaseFileStore files;
    private final CaseCounter counter;
    private final CaseTexts texts;
    private final OfficerCheck officers;
    private final PowerList powers;
    private final DiscretionBenchmarks benchmarks;
    private final LegalityReviews reviews;
    private final Deadlines deadlines;
    private final WorkingCalendar calendar;
    private final RulesCatalog rules;
    private final AuditLog audit;
    private final Clock clock;

    EnforcementCases(CaseStore cases, CaseSteps steps, CaseAccess access, AgencyAccess agencies, CaseFileStore files,
            CaseCounter counter, CaseTexts texts, OfficerCheck officers, PowerList powers,
            DiscretionBenchmarks benchmarks, LegalityReviews reviews, Deadlines deadlines, WorkingCalendar calendar,
            RulesCatalog rules, AuditLog audit, Clock clock) {
        this.cases = cases;
        this.steps = steps;
        this.access = access;
        this.agencies = agencies;
        this.files = files;
        this.counter = counter;
        this.texts = texts;
        this.officers = officers;
        this.powers = powers;
        this.benchmarks = benchmarks;
        this.reviews = reviews;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    // ----- reading -----

    @Transactional(readOnly = true)
    @Allowed.Staff
    public EnforcementCase get(long id) {
        return access.requireVisible(id);
    }

    /**
     * Cases of the agencies the actor may see, newest opened first. The total is not counted (the list
     * may hold millions): it says how many rows lie before this page and whether another follows.
     */
    @Transactional(readOnly = true)
    @Allowed.Staff
    public PageResult<EnforcementCase> list(Long agencyId, CaseStatus status, ActionKind kind, Integer year, String q,
            PageQuery page) {
        var filter = new CaseStore.Filter(agencies.visibleIds(), agencyId, status, kind, year, q);
        List<EnforcementCase> rows = cases.list(filter, page.size() + 1, page.offset());
        boolean more = rows.size() > page.size();
        List<EnforcementCase> items = more ? rows.subList(0, page.size()) : rows;
        return new PageResult<>(items, page.page(), page.size(), page.offset() + items.size() + (more ? 1 : 0));
    }

    @Transactional(readOnly = true)
    @Allowed.Staff
    public List<CaseAct> acts(long id) {
        access.requireVisible(id);
        return files.acts(id);
    }

    // ----- opening -----

    /**
     * Opens a case on a power item of the agency in force on the day, with at least two officers of the
     * agency holding valid certificates on that day and today (PN-01); the 90-day decision deadline
     * (PN-06) of a penalty case starts.
     */
    @Allowed.EnforcementOfficers
    public EnforcementCase open(OpeningRequest r) {
        Agency agency = requireActive(r.agencyId());
        LocalDate today = today();
        LocalDate openedOn = date("openedOn", r.openedOn(), null);
        if (r.occurredOn() != null && r.occurredOn().isAfter(openedOn)) {
            throw InvalidInputException.field("occurredOn", "enforcement.date.after-opening");
        }
        PowerItem item = powerItem(agency, r.powerItemId(), openedOn);
        OfficerCheck.People people = officers.check(agency.id(), r.officerIds(), r.auxiliaryIds(), openedOn);
        if (!openedOn.equals(today)) {
            officers.check(agency.id(), r.officerIds(), r.auxiliaryIds(), today);
        }
        String caseNo = CaseCounter.format(agency.casePrefix(), CaseCounter.CASES, openedOn.getYear(),
                counter.next(agency.id(), openedOn.getYear(), CaseCounter.CASES));
        CaseRecord record = CaseRecord.opened(agency.id(), agency.unitId(), caseNo, item.kind(),
                ProcedureKind.ORDINARY, item.id(), item.name(), r.cause().strip(), r.occurredOn(), r.partyKind(),
                r.partyName().strip(), blank(r.partyIdNo()), blank(r.partyContact()), blank(r.partyAddress()),
                r.partyMinor(), blank(r.facts()), r.majorPublicInterest(), r.complex(), openedOn,
                Actor.current().userId(), steps.now());
        steps.save(record);
        long id = record.id();
        people.ids().forEach(o -> files.assign(id, o, openedOn));
        files.insertAct(id, ActKind.OPENING, openedOn, null, r.openingNote() == null || r.openingNote().isBlank()
                ? r.cause().strip() : r.openingNote().strip(), Actor.current().userId(), actPeople(people));
        if (item.kind() == ActionKind.PENALTY) {
            TrackedDeadline d = deadlines.track(NewDeadline.of(Agency.MODULE, EnforcementCase.SUBJECT.name(),
                    String.valueOf(id), caseNo + " " + r.cause().strip(), EnforcementRules.DECISION_DEADLINE, openedOn,
                    agency.unitId()).withLabel("enforcement.deadline.decision").withLink(link(id)));
            record.tracked(d.id());
            steps.save(record);
        }
        EnforcementCase created = cases.find(id).orElseThrow();
        audit.created(EnforcementCase.SUBJECT.name(), id, Map.of("caseNo", caseNo, "agencyId", agency.id(),
                "powerItem", item.id(), "kind", item.kind(), "openedOn", openedOn, "officers", people.ids()));
        return created;
    }

    /**
     * A penalty decided and handed over on the spot (简易程序, PN-08): a warning, or a fine no higher than
     * the catalog's limit for a natural person (EN-03) or an organisation (EN-04); two officers (PN-01);
     * not on a lenient list, within the benchmark. The case stands served at once.
     */
    @Allowed.EnforcementOfficers
    public EnforcementCase openSummary(SummaryRequest r) {
        Agency agency = requireActive(r.agencyId());
        LocalDate on = date("decidedOn", r.decidedOn(), null);
        PowerItem item = powerItem(agency, r.powerItemId(), on);
        if (item.kind() != ActionKind.PENALTY) {
            throw new RefusedException("summary-penalty-only", "enforcement.refused.summary-penalty-only");
        }
        requireWithinSummaryLimits(r, on, agency.unitId());
        OfficerCheck.People people = officers.check(agency.id(), r.officerIds(), r.auxiliaryIds(), on);
        if (!on.equals(today())) {
            officers.check(agency.id(), r.officerIds(), r.auxiliaryIds(), today());
        }
        String code = blank(r.violationCode());
        if (code != null) {
            benchmarks.matchingExemption(agency.unitId(), code, on, true, Harm.NONE, true).ifPresent(e -> {
                throw new RefusedException("exempt-no-penalty", "enforcement.refused.summary-exempt", e.description(),
                        EnforcementRules.LENIENT_LISTS);
            });
        }
        int year = on.getYear();
        String caseNo = CaseCounter.format(agency.casePrefix(), CaseCounter.CASES, year,
                counter.next(agency.id(), year, CaseCounter.CASES));
        String decisionNo = CaseCounter.format(agency.casePrefix(), CaseCounter.DECISIONS, year,
                counter.next(agency.id(), year, CaseCounter.DECISIONS));
        CaseRecord record = CaseRecord.opened(agency.id(), agency.unitId(), caseNo, ActionKind.PENALTY,
                ProcedureKind.SUMMARY, item.id(), item.name(), r.cause().strip(), on, r.partyKind(),
                r.partyName().strip(), blank(r.partyIdNo()), blank(r.partyContact()), blank(r.partyAddress()),
                r.partyMinor(), blank(r.facts()), false, false, on, Actor.current().userId(), steps.now());
        record.proposed(code, null, false, null, false, DecisionOutcome.PENALTY, r.penaltyType(), r.amount(), null,
                null, null, null, null, steps.now());
        record.decided(decisionNo, on, DecisionOutcome.PENALTY, r.penaltyType(), r.amount(), r.decisionText().strip(),
                null, null, steps.now());
        record.served(on, ServiceMethod.DIRECT, steps.now());
        record.moveTo(CaseStatus.SERVED, steps.now());
        steps.save(record);
        long id = record.id();
        people.ids().forEach(o -> files.assign(id, o, on));
        List<CaseAct.ActOfficer> present = actPeople(people);
        files.insertAct(id, ActKind.DECISION, on, blank(r.place()), r.decisionText().strip(), Actor.current().userId(),
                present);
        files.insertAct(id, ActKind.SERVICE, on, blank(r.place()), decisionNo, Actor.current().userId(), present);
        if (!r.partyMinor()) {
            record.publicationTracked(trackPublication(id, ActionKind.PENALTY, caseNo, r.cause().strip(), on,
                    agency.unitId()));
            steps.save(record);
        }
        EnforcementCase created = cases.find(id).orElseThrow();
        audit.created(EnforcementCase.SUBJECT.name(), id, Map.of("caseNo", caseNo, "decisionNo", decisionNo,
                "procedure", ProcedureKind.SUMMARY, "penaltyType", r.penaltyType(), "amount",
                r.amount() == null ? "" : r.amount(), "officers", people.ids()));
        return created;
    }

    private void requireWithinSummaryLimits(SummaryRequest r, LocalDate on, long unitId) {
        if (r.penaltyType() == PenaltyType.WARNING) {
            if (r.amount() != null && r.amount().signum() != 0) {
                throw InvalidInputException.field("amount", "enforcement.amount.not-monetary");
            }
            return;
        }
        if (r.penaltyType() != PenaltyType.FINE) {
            throw new RefusedException("summary-outside-limits", "enforcement.refused.summary-type",
                    EnforcementRules.SUMMARY_PROCEDURE);
        }
        if (r.amount() == null || r.amount().signum() <= 0) {
            throw InvalidInputException.field("amount", "enforcement.amount.required");
        }
        String rule = r.partyKind() == PartyKind.NATURAL_PERSON ? EnforcementRules.SUMMARY_LIMIT_PERSON
                : EnforcementRules.SUMMARY_LIMIT_ORGANISATION;
        BigDecimal limit = rules.threshold(rule, on, unitId);
        if (r.amount().compareTo(limit) > 0) {
            throw new RefusedException("summary-outside-limits", "enforcement.refused.summary-outside-limits",
                    limit.toPlainString(), rule);
        }
    }

    // ----- the team and the investigation -----

    /** Changes the team: the officers named must be valid today (PN-01); those left off are released. */
    @Allowed.EnforcementOfficers
    public EnforcementCase assignTeam(long id, TeamRequest r) {
        CaseSteps.Taken t = steps.take(id, Step.ASSIGN_TEAM, r.version());
        LocalDate today = t.today();
        OfficerCheck.People people = officers.check(t.c().agencyId(), r.officerIds(), r.auxiliaryIds(), today);
        List<Long> now = files.team(id);
        List<Long> wanted = people.ids();
        now.stream().filter(o -> !wanted.contains(o)).forEach(o -> files.release(id, o, today));
        wanted.stream().filter(o -> !now.contains(o)).forEach(o -> files.assign(id, o, today));
        t.record().touched(steps.now());
        return steps.complete(t, Map.of("teamBefore", now, "team", wanted));
    }

    /** Records an investigative act by the team (PN-01 at that moment). */
    @Allowed.EnforcementOfficers
    public CaseAct recordAct(long id, ActRequest r) {
        CaseSteps.Taken t = steps.take(id, Step.RECORD_ACT, r.version());
        if (!r.kind().investigative()) {
            throw InvalidInputException.field("kind", "enforcement.act.not-investigative");
        }
        LocalDate on = date("on", r.on(), t.c().openedOn());
        long actId = files.insertAct(id, r.kind(), on, blank(r.place()), r.summary().strip(), Actor.current().userId(),
                teamPeople(t.facts()));
        t.record().touched(steps.now());
        steps.complete(t, Map.of("actId", actId, "act", r.kind(), "on", on));
        return files.acts(id).stream().filter(a -> a.id() == actId).findFirst().orElseThrow();
    }

    // ----- the proposal and the party's rights -----

    /**
     * Records the findings and the proposed decision. A penalty case names the violation, the
     * circumstance, the penalty and its amount; it is checked against the benchmark in force on the
     * case date (a deviation needs a reason) and against the lenient lists (a listed case is decided
     * without penalty). After the notice, a proposal may not be heavier than the one notified
     * (行政处罚法 Art 45) and needs the legal review again.
     */
    @Allowed.EnforcementOfficers
    public EnforcementCase propose(long id, ProposalRequest r) {
        return propose(id, Step.PROPOSE, r);
    }

    /**
     * Revises the proposal after the notice or the review (修改处理意见): the case goes back to the party's
     * stage; the new proposal needs the legal review again where one is required, and may not be
     * heavier than the one notified.
     */
    @Allowed.EnforcementOfficers
    public EnforcementCase reviseProposal(long id, ProposalRequest r) {
        return propose(id, Step.REVISE_PROPOSAL, r);
    }

    /** {@link #propose} or {@link #reviseProposal}, whichever the case's stage calls for (the forms and the API). */
    @Allowed.EnforcementOfficers
    public EnforcementCase proposeOrRevise(long id, ProposalRequest r) {
        return access.requireVisible(id).status() == CaseStatus.INVESTIGATING ? propose(id, r) : reviseProposal(id, r);
    }

    private EnforcementCase propose(long id, Step which, ProposalRequest r) {
        CaseSteps.Taken t = steps.take(id, which, r.version());
        EnforcementCase c = t.c();
        requireOutcomeFits(c.kind(), r);
        String code = blank(r.violationCode());
        BenchmarkCheck check = null;
        Long exemptionId = null;
        if (c.kind() == ActionKind.PENALTY) {
            var exemption = code == null || r.harm() == null ? java.util.Optional.<ExemptionItem>empty()
                    : benchmarks.matchingExemption(c.unitId(), code, c.caseDate(), r.firstOffence(), r.harm(),
                            r.corrected());
            if (exemption.isPresent()) {
                exemptionId = exemption.get().id();
                if (r.outcome() == DecisionOutcome.PENALTY) {
                    throw new RefusedException("exempt-no-penalty", "enforcement.refused.exempt-no-penalty",
                            new org.springframework.context.support.DefaultMessageSourceResolvable(
                                    "enforcement.exemption-list." + exemption.get().list().name()),
                            exemption.get().description(), EnforcementRules.LENIENT_LISTS);
                }
            }
            if (r.outcome() == DecisionOutcome.PENALTY) {
                check = benchmarks.check(c.unitId(), code, c.caseDate(), r.circumstance(), r.penaltyType(), r.amount());
                if (check.deviates() && blank(r.deviationReason()) == null) {
                    throw new RefusedException("benchmark-deviation", "enforcement.refused.benchmark-deviation",
                            check.benchmark().violationName(), check.benchmark().versionNo());
                }
            }
        }
        if (which == Step.REVISE_PROPOSAL) {
            requireNotHeavier(c, r);
        }
        Long answers = null;
        String response = null;
        if (r.answersReviewId() != null) {
            LegalityReview answered = t.facts().reviews().stream().filter(rv -> rv.id().equals(r.answersReviewId()))
                    .findFirst().orElseThrow(() -> InvalidInputException.field("answersReviewId",
                            "enforcement.review.unknown"));
            if (answered.status() != ReviewStatus.CONCLUDED || answered.outcome() != ReviewOutcome.LAWFUL_WITH_CHANGES) {
                throw InvalidInputException.field("answersReviewId", "enforcement.review.not-with-changes");
            }
            response = blank(r.reviewResponse());
            if (response == null) {
                throw InvalidInputException.field("reviewResponse", "enforcement.review.response-required");
            }
            answers = answered.id();
        }
        boolean penalty = r.outcome() == DecisionOutcome.PENALTY;
        t.record().proposed(code, r.circumstance(), r.firstOffence(), r.harm(), r.corrected(), r.outcome(),
                penalty ? r.penaltyType() : null, penalty ? r.amount() : null,
                check == null || check.benchmark() == null ? null : check.benchmark().id(),
                check != null && check.deviates() ? blank(r.deviationReason()) : null, exemptionId, answers, response,
                steps.now());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("outcome", r.outcome());
        details.put("penaltyType", penalty && r.penaltyType() != null ? r.penaltyType().name() : "");
        details.put("amount", penalty && r.amount() != null ? r.amount() : "");
        details.put("benchmark", check == null ? "" : check.verdict().name());
        details.put("exemption", exemptionId == null ? "" : exemptionId);
        return steps.complete(t, details);
    }

    private static void requireOutcomeFits(ActionKind kind, ProposalRequest r) {
        boolean grantKind = kind == ActionKind.LICENSING || kind == ActionKind.CONFIRMATION;
        boolean fits = grantKind ? r.outcome() == DecisionOutcome.GRANTED || r.outcome() == DecisionOutcome.REFUSED
                : r.outcome() != DecisionOutcome.GRANTED && r.outcome() != DecisionOutcome.REFUSED;
        if (!fits) {
            throw InvalidInputException.field("outcome", "enforcement.proposal.outcome-kind");
        }
        if (kind != ActionKind.PENALTY) {
            return;
        }
        if (r.harm() == null) {
            throw InvalidInputException.field("harm", "enforcement.proposal.harm-required");
        }
        if (r.outcome() != DecisionOutcome.PENALTY) {
            return;
        }
        if (r.violationCode() == null || r.violationCode().isBlank()) {
            throw InvalidInputException.field("violationCode", "enforcement.proposal.violation-required");
        }
        if (r.circumstance() == null) {
            throw InvalidInputException.field("circumstance", "enforcement.proposal.circumstance-required");
        }
        if (r.penaltyType() == null) {
            throw InvalidInputException.field("penaltyType", "enforcement.proposal.penalty-required");
        }
        if (r.penaltyType().monetary() && (r.amount() == null || r.amount().signum() <= 0)) {
            throw InvalidInputException.field("amount", "enforcement.amount.required");
        }
        if (!r.penaltyType().monetary() && r.amount() != null && r.amount().signum() != 0) {
            throw InvalidInputException.field("amount", "enforcement.amount.not-monetary");
        }
    }

    /** 行政处罚法 Art 45: the party's statement never makes the penalty heavier than notified. */
    private static void requireNotHeavier(EnforcementCase c, ProposalRequest r) {
        if (r.outcome() != DecisionOutcome.PENALTY || c.kind() != ActionKind.PENALTY) {
            return;
        }
        PenaltyType notified = c.notifiedPenaltyType();
        boolean heavier = notified == null || r.penaltyType().severity() > notified.severity()
                || (r.penaltyType() == notified && r.penaltyType().monetary() && c.notifiedAmount() != null
                        && r.amount().compareTo(c.notifiedAmount()) > 0);
        if (heavier) {
            throw new RefusedException("heavier-than-notified", "enforcement.refused.heavier-than-notified");
        }
    }

    /**
     * 告知: the party is told of the proposal, its grounds and its rights; a hearing right where PN-07's
     * thresholds are met (a penalty of a heavy type, or a fine or confiscation of at least the large
     * amount of EN-05 / EN-06). Carried out by the team (PN-01).
     */
    @Allowed.EnforcementOfficers
    public EnforcementCase notice(long id, NoticeRequest r) {
        CaseSteps.Taken t = steps.take(id, Step.NOTIFY, r.version());
        EnforcementCase c = t.c();
        LocalDate on = date("on", r.on(), c.openedOn());
        boolean rights = hearingRights(c, on);
        files.insertAct(id, ActKind.NOTICE, on, null, r.summary().strip(), Actor.current().userId(),
                teamPeople(t.facts()));
        t.record().notified(on, rights, steps.now());
        return steps.complete(t, Map.of("notifiedOn", on, "hearingRights", rights));
    }

    private boolean hearingRights(EnforcementCase c, LocalDate on) {
        if (c.kind() != ActionKind.PENALTY || c.proposedOutcome() != DecisionOutcome.PENALTY
                || c.proposedPenaltyType() == null) {
            return false;
        }
        PenaltyType type = c.proposedPenaltyType();
        if (type.hearingByType()) {
            return true;
        }
        if (!type.monetary() || c.proposedAmount() == null) {
            return false;
        }
        String rule = c.partyKind() == PartyKind.NATURAL_PERSON ? EnforcementRules.LARGE_AMOUNT_PERSON
                : EnforcementRules.LARGE_AMOUNT_ORGANISATION;
        return c.proposedAmount().compareTo(rules.threshold(rule, on, c.unitId())) >= 0;
    }

    /** The party waived its statement (and hearing) in writing: the decision need not wait for the window. */
    @Allowed.EnforcementOfficers
    public EnforcementCase waiveStatement(long id, PartyRequest r) {
        CaseSteps.Taken t = steps.take(id, Step.WAIVE_STATEMENT, r.version());
        LocalDate on = date("on", r.on(), t.c().notifiedOn());
        t.record().statementWaived(on, steps.now());
        return steps.complete(t, Map.of("waivedOn", on));
    }

    /** The party asked for a hearing, within PN-07's window of the notice. */
    @Allowed.EnforcementOfficers
    public EnforcementCase requestHearing(long id, PartyRequest r) {
        CaseSteps.Taken t = steps.take(id, Step.REQUEST_HEARING, r.version());
        LocalDate on = date("on", r.on(), t.c().notifiedOn());
        if (on.isAfter(t.facts().partyWindowEnds())) {
            throw new RefusedException("hearing-request-late", "enforcement.refused.hearing-request-late",
                    t.facts().partyWindowEnds(), EnforcementRules.HEARING_REQUEST);
        }
        t.record().hearingRequested(on, steps.now());
        return steps.complete(t, Map.of("requestedOn", on));
    }

    /** Schedules the hearing: the notice served at least EN-02's period before it. */
    @Allowed.EnforcementOfficers
    public EnforcementCase scheduleHearing(long id, HearingRequest r) {
        CaseSteps.Taken t = steps.take(id, Step.SCHEDULE_HEARING, r.version());
        LocalDate noticeOn = date("noticeOn", r.noticeOn(), t.c().hearingRequestedOn());
        LocalDate earliest = calendar.dueByRule(EnforcementRules.HEARING_NOTICE, RuleTerm.AMOUNT, noticeOn,
                t.c().unitId(), List.of()).due();
        if (r.on().isBefore(earliest)) {
            throw InvalidInputException.field("on", "enforcement.hearing.too-soon", earliest,
                    EnforcementRules.HEARING_NOTICE);
        }
        t.record().hearingScheduled(noticeOn, r.on(), steps.now());
        return steps.complete(t, Map.of("noticeOn", noticeOn, "hearingOn", r.on()));
    }

    /** Records the hearing held, with its summary. */
    @Allowed.EnforcementOfficers
    public EnforcementCase holdHearing(long id, HearingRequest r) {
        CaseSteps.Taken t = steps.take(id, Step.HOLD_HEARING, r.version());
        LocalDate on = date("on", r.on(), t.c().hearingOn());
        String summary = blank(r.summary());
        if (summary == null) {
            throw InvalidInputException.field("summary", "enforcement.text.required");
        }
        files.insertAct(id, ActKind.HEARING, on, null, summary, Actor.current().userId(), teamPeople(t.facts()));
        t.record().hearingHeld(on, summary, steps.now());
        return steps.complete(t, Map.of("heldOn", on));
    }

    // ----- legal review and collective discussion -----

    /**
     * Sends the case as it stands to the agency's review desk (重大执法决定法制审核): an immutable packet of
     * its text, with the benchmark check and any stated deviation reason, that the reviewer reads.
     */
    @Allowed.EnforcementOfficers
    public LegalityReview submitForReview(long id) {
        CaseSteps.Taken t = steps.take(id, Step.SUBMIT_FOR_REVIEW, null);
        EnforcementCase c = t.c();
        String title = texts.title(c);
        String body = texts.body(t.facts());
        String sha = CaseTexts.sha256(title + "\n" + body);
        long packetId = files.insertPacket(id, c.proposalVersion(), title, body, sha, Actor.current().userId());
        int packetNo = files.packets(id).size();
        LegalityReview review = reviews.submit(new SubmissionRequest(ReviewType.MAJOR_ENFORCEMENT_DECISION,
                ReviewSubject.of(EnforcementCase.SUBJECT.ref(id), title, packetId, packetNo, sha, link(id)),
                c.unitId(), c.unitId()));
        steps.complete(t, Map.of("reviewId", review.id(), "packetNo", packetNo, "sha256", sha));
        return review;
    }

    /** The desk concluded (the review listener, in the same transaction). */
    void reviewConcluded(long id) {
        if (steps.systemMay(id, Step.REVIEW_CONCLUDED)) {
            steps.complete(steps.takeAsSystem(id, Step.REVIEW_CONCLUDED), Map.of());
        }
    }

    /** The request was withdrawn at the desk. */
    void reviewWithdrawn(long id) {
        if (steps.systemMay(id, Step.REVIEW_WITHDRAWN)) {
            steps.complete(steps.takeAsSystem(id, Step.REVIEW_WITHDRAWN), Map.of());
        }
    }

    /** 集体讨论 by the agency's heads, after the legal review where one is required. */
    @Allowed.EnforcementOfficers
    public EnforcementCase discuss(long id, DiscussionRequest r) {
        CaseSteps.Taken t = steps.take(id, Step.DISCUSS, r.version());
        LocalDate on = date("on", r.on(), latest(t.c().openedOn(), t.c().notifiedOn(), reviewedOn(t.facts())));
        t.record().discussed(on, r.meeting().strip(), r.conclusion().strip(), steps.now());
        return steps.complete(t, Map.of("discussedOn", on, "meeting", r.meeting().strip()));
    }

    // ----- decision, service, execution, closing -----

    /**
     * Decides on the proposal as it stands, by the team (PN-01), once the party was heard, the review
     * passed and the heads discussed where required. A decision after the 90-day deadline is made but
     * flagged (the deadline is met late). The publication deadline (TS-01: 20 working days, 7 for licensing and penalty decisions) starts.
     */
    @Allowed.EnforcementOfficers
    public EnforcementCase decide(long id, DecisionRequest r) {
        CaseSteps.Taken t = steps.take(id, Step.DECIDE, r.version());
        EnforcementCase c = t.c();
        LocalDate on = date("on", r.on(), latest(c.openedOn(), c.notifiedOn(), c.hearingHeldOn(), c.discussedOn(),
                t.facts().reviewRequired() ? reviewedOn(t.facts()) : null));
        LocalDate educatedOn = null;
        String education = null;
        if (c.kind() == ActionKind.PENALTY && c.proposedOutcome() == DecisionOutcome.NO_PENALTY) {
            education = blank(r.educationRecord());
            if (education == null) {
                throw InvalidInputException.field("educationRecord", "enforcement.decision.education-required",
                        EnforcementRules.LENIENT_LISTS);
            }
            educatedOn = date("educationOn", r.educationOn(), c.openedOn());
        }
        String number = CaseCounter.format(t.facts().agency().casePrefix(), CaseCounter.DECISIONS, on.getYear(),
                counter.next(c.agencyId(), on.getYear(), CaseCounter.DECISIONS));
        t.record().decided(number, on, c.proposedOutcome(), c.proposedPenaltyType(), c.proposedAmount(),
                r.decisionText().strip(), educatedOn, education, steps.now());
        files.insertAct(id, ActKind.DECISION, on, null, number, Actor.current().userId(), teamPeople(t.facts()));
        boolean late = false;
        if (c.decisionDeadlineId() != null) {
            TrackedDeadline met = deadlines.find(c.decisionDeadlineId()).filter(d -> d.status().isActive())
                    .map(d -> deadlines.meet(d.id(), on)).orElse(null);
            late = met != null && met.late();
        }
        if (!c.partyMinor()) {
            t.record().publicationTracked(trackPublication(id, c.kind(), c.caseNo(), c.cause(), on, c.unitId()));
        }
        return steps.complete(t, Map.of("decisionNo", number, "decidedOn", on, "outcome", c.proposedOutcome(),
                "late", late));
    }

    /** The decision was served (送达). */
    @Allowed.EnforcementOfficers
    public EnforcementCase serve(long id, ServiceRequest r) {
        CaseSteps.Taken t = steps.take(id, Step.SERVE, r.version());
        LocalDate on = date("on", r.on(), t.c().decidedOn());
        files.insertAct(id, ActKind.SERVICE, on, null, t.c().decisionNo(), Actor.current().userId(),
                teamPeople(t.facts()));
        t.record().served(on, r.method(), steps.now());
        return steps.complete(t, Map.of("servedOn", on, "method", r.method()));
    }

    /** The decision was executed. */
    @Allowed.EnforcementOfficers
    public EnforcementCase execute(long id, ExecutionRequest r) {
        CaseSteps.Taken t = steps.take(id, Step.EXECUTE, r.version());
        LocalDate on = date("on", r.on(), t.c().servedOn());
        files.insertAct(id, ActKind.EXECUTION, on, null, r.note() == null || r.note().isBlank() ? r.method().name()
                : r.note().strip(), Actor.current().userId(), teamPeople(t.facts()));
        t.record().executed(on, r.method(), blank(r.note()), steps.now());
        return steps.complete(t, Map.of("executedOn", on, "method", r.method()));
    }

    /** 结案, after service (and execution, when the decision orders something). */
    @Allowed.EnforcementOfficers
    public EnforcementCase close(long id, ClosingRequest r) {
        CaseSteps.Taken t = steps.take(id, Step.CLOSE, r.version());
        LocalDate on = date("on", r.on(), latest(t.c().servedOn(), t.c().executedOn()));
        t.record().closed(on, blank(r.reason()), steps.now());
        return steps.complete(t, Map.of("closedOn", on));
    }

    /** Ends a case without a decision (撤销立案、终止调查, e.g. after a transfer), with the reason. */
    @Allowed.EnforcementOfficers
    public EnforcementCase terminate(long id, ClosingRequest r) {
        CaseSteps.Taken t = steps.take(id, Step.TERMINATE, r.version());
        String reason = blank(r.reason());
        if (reason == null) {
            throw InvalidInputException.field("reason", "enforcement.text.required");
        }
        LocalDate on = date("on", r.on(), t.c().openedOn());
        t.record().closed(on, reason, steps.now());
        if (t.c().decisionDeadlineId() != null) {
            deadlines.find(t.c().decisionDeadlineId()).filter(d -> d.status().isActive())
                    .ifPresent(d -> deadlines.cancel(d.id(), reason));
        }
        return steps.complete(t, Map.of("closedOn", on, "reason", reason));
    }

    /** 归档, once the full-process record shows every stage the case went through (PN-04). */
    @Allowed.EnforcementOfficers
    public EnforcementCase archive(long id, ClosingRequest r) {
        CaseSteps.Taken t = steps.take(id, Step.ARCHIVE, r.version());
        LocalDate on = date("on", r.on(), t.c().closedOn());
        t.record().archived(on, steps.now());
        return steps.complete(t, Map.of("archivedOn", on));
    }

    /**
     * Extends the decision deadline by the catalog's extension, with the approval recorded (who
     * approved, when, why), before the deadline has passed; once.
     */
    @Allowed.EnforcementOfficers
    public CaseExtension extendDeadline(long id, ExtensionRequest r) {
        CaseSteps.Taken t = steps.take(id, Step.EXTEND_DEADLINE, r.version());
        TrackedDeadline before = t.facts().decisionDeadline().orElseThrow();
        LocalDate approvedOn = date("approvedOn", r.approvedOn(), t.c().openedOn());
        if (approvedOn.isAfter(before.dueDate())) {
            throw InvalidInputException.field("approvedOn", "enforcement.extension.after-due", before.dueDate());
        }
        TrackedDeadline after = deadlines.extend(before.id(), r.reason().strip() + " (" + r.approvedBy().strip() + ")");
        long extensionId = files.insertExtension(id, r.approvedBy().strip(), approvedOn, r.reason().strip(),
                before.dueDate(), after.dueDate(), Actor.current().userId());
        t.record().touched(steps.now());
        steps.complete(t, Map.of("approvedBy", r.approvedBy().strip(), "dueBefore", before.dueDate(), "dueAfter",
                after.dueDate()));
        return files.extensions(id).stream().filter(e -> e.id() == extensionId).findFirst().orElseThrow();
    }

    // ----- helpers -----

    private Long trackPublication(long id, ActionKind kind, String caseNo, String cause, LocalDate decidedOn,
            long unitId) {
        RuleTerm term = kind.publishedWithinShortPeriod() ? RuleTerm.ALTERNATE : RuleTerm.AMOUNT;
        return deadlines.track(NewDeadline.of(Agency.MODULE, EnforcementCase.SUBJECT.name(), String.valueOf(id),
                caseNo + " " + cause, EnforcementRules.PUBLICITY, decidedOn, unitId).withTerm(term)
                .withLabel("enforcement.deadline.publication").withLink(link(id))).id();
    }

    private Agency requireActive(long agencyId) {
        Agency agency = agencies.require(agencyId);
        if (!agency.active()) {
            throw new RefusedException("agency-inactive", "enforcement.refused.agency-inactive");
        }
        return agency;
    }

    private PowerItem powerItem(Agency agency, Long id, LocalDate on) {
        return (id == null ? java.util.Optional.<PowerItem>empty() : powers.find(id, on))
                .filter(p -> p.unitId() == agency.unitId())
                .orElseThrow(() -> new RefusedException("power-item-not-of-agency",
                        "enforcement.refused.power-item-not-of-agency", agency.name()));
    }

    private static List<CaseAct.ActOfficer> actPeople(OfficerCheck.People people) {
        List<CaseAct.ActOfficer> list = new ArrayList<>();
        people.officers().forEach(o -> list.add(new CaseAct.ActOfficer(o.id(), o.name(), o.certificateNo(), false)));
        people.auxiliaries().forEach(o -> list.add(new CaseAct.ActOfficer(o.id(), o.name(), null, true)));
        return list;
    }

    /** The team as it stands at the act (the gate has checked it). */
    private static List<CaseAct.ActOfficer> teamPeople(CaseFacts f) {
        return f.team().stream().map(o -> new CaseAct.ActOfficer(o.id(), o.name(),
                o.kind() == OfficerKind.AUXILIARY ? null : o.certificateNo(), o.kind() == OfficerKind.AUXILIARY))
                .toList();
    }

    private static LocalDate reviewedOn(CaseFacts f) {
        if (!f.reviewGate().passed()) {
            return null;
        }
        return f.reviews().stream().filter(r -> r.id().equals(f.reviewGate().reviewId())).findFirst()
                .map(LegalityReview::concludedOn).orElse(null);
    }

    private static LocalDate latest(LocalDate... dates) {
        return Stream.of(dates).filter(Objects::nonNull).max(LocalDate::compareTo).orElse(null);
    }

    /** The day of a step: today if not given; never in the future, never before {@code notBefore}. */
    private LocalDate date(String field, LocalDate requested, LocalDate notBefore) {
        LocalDate today = today();
        LocalDate on = requested == null ? today : requested;
        if (on.isAfter(today)) {
            throw InvalidInputException.field(field, "enforcement.date.future");
        }
        if (notBefore != null && on.isBefore(notBefore)) {
            throw InvalidInputException.field(field, "enforcement.date.before", notBefore);
        }
        return on;
    }

    static String link(long id) {
        return "/console/enforcement/cases/" + id;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
