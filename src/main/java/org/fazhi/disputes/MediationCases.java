package org.fazhi.disputes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.audit.AuditLog;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.deadlines.NewDeadline;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.disputes.internal.ConfirmationWindows;
import org.fazhi.disputes.internal.DisputesAccess;
import org.fazhi.disputes.internal.DisputesRules;
import org.fazhi.disputes.internal.MediationCaseRecord;
import org.fazhi.disputes.internal.MediationFacts;
import org.fazhi.disputes.internal.MediationFactsReader;
import org.fazhi.disputes.internal.MediationProcedure.Step;
import org.fazhi.disputes.internal.MediationSteps;
import org.fazhi.disputes.internal.MediationStore;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.web.Allowed;
import org.fazhi.units.DataScope;
import org.fazhi.units.Units;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mediation cases step by step, each let through by {@code internal.MediationProcedure} (the same gates as
 * the case page's guide) and audited: intake with the parties; screening — taken up with a mediator of the
 * committee once both sides are on record and no party refused (人民调解法第十七条), or declined with the
 * reason; a party's refusal; the agreement with its text, which opens the parties' 30-day window to apply
 * for judicial confirmation (PM-01) as a deadline on the 督办台 counted by the calendar; the failure with
 * its reason; what the parties did with the window; the fulfilment. Parties are read masked; their full
 * data only through {@link #revealParty}, audited with its reason.
 */
@Service
@Transactional
public class MediationCases {

    static final String CASE_PREFIX = "TJ";

    private final MediationStore store;
    private final MediationSteps steps;
    private final MediationFactsReader facts;
    private final MediationGuide guide;
    private final DisputesAccess access;
    private final ConfirmationWindows windows;
    private final Deadlines deadlines;
    private final DataScope scope;
    private final Units units;
    private final AuditLog audit;
    private final Clock clock;

    MediationCases(MediationStore store, MediationSteps steps, MediationFactsReader facts, MediationGuide guide,
            DisputesAccess access, ConfirmationWindows windows, Deadlines deadlines, DataScope scope, Units units,
            AuditLog audit, Clock clock) {
        this.store = store;
        this.steps = steps;
        this.facts = facts;
        this.guide = guide;
        this.access = access;
        this.windows = windows;
        this.deadlines = deadlines;
        this.scope = scope;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    // ----- reading -----

    @Transactional(readOnly = true)
    public MediationCase get(long id) {
        return access.requireCase(id);
    }

    /** Cases of a unit's subtree (the actor's scope when null), received in a year (any when null), in a state. */
    @Transactional(readOnly = true)
    public List<MediationCase> list(Long unitId, Integer year, MediationStatus status) {
        return store.cases(unitId == null ? scope.visibleUnitIds() : scope.subtreeWithinScope(unitId), year, status);
    }

    /** The case's page in one read (404 outside the scope). */
    @Transactional(readOnly = true)
    public MediationCaseOverview overview(long id) {
        MediationFacts f = facts.read(id);
        MediationCase c = f.mediationCase();
        MediationOrg org = store.org(c.orgId()).orElseThrow();
        TrackedDeadline deadline = c.confirmationDeadlineId() == null ? null
                : deadlines.find(c.confirmationDeadlineId()).orElse(null);
        return new MediationCaseOverview(c, org, units.name(c.unitId()),
                c.mediatorId() == null ? null : store.mediator(c.mediatorId()).map(MediationOrgs::masked).orElse(null),
                f.parties().stream().map(Party::masked).toList(), guide.of(f), windows.of(c), deadline,
                store.mediators(org.id()).stream().filter(m -> m.activeOn(f.today())).map(MediationOrgs::masked)
                        .toList(),
                f.today());
    }

    /** The parties of a case, masked. */
    @Transactional(readOnly = true)
    public List<Party> parties(long id) {
        access.requireCase(id);
        return store.parties(id).stream().map(Party::masked).toList();
    }

    /** The parties' judicial-confirmation window of an agreed case (404 outside the scope; null before agreement). */
    @Transactional(readOnly = true)
    public ConfirmationWindow window(long id) {
        return windows.of(access.requireCase(id));
    }

    /** The resolution rate of each committee of a unit's subtree for cases received in a year. */
    @Transactional(readOnly = true)
    public List<OrgResolution> resolutionByOrg(Long unitId, int year) {
        var subtree = unitId == null ? scope.visibleUnitIds() : scope.subtreeWithinScope(unitId);
        Map<Long, long[]> counts = new LinkedHashMap<>();
        for (MediationCase c : store.cases(subtree, year, null)) {
            if (c.status() == MediationStatus.DECLINED) {
                continue;
            }
            long[] n = counts.computeIfAbsent(c.orgId(), k -> new long[4]);
            n[0]++;
            switch (c.status()) {
                case AGREED -> n[1]++;
                case FAILED -> n[2]++;
                default -> n[3]++;
            }
        }
        List<OrgResolution> out = new ArrayList<>();
        for (MediationOrg o : store.orgs(subtree)) {
            long[] n = counts.getOrDefault(o.id(), new long[4]);
            out.add(new OrgResolution(o, n[0], n[1], n[2], n[3]));
        }
        return out;
    }

    // ----- intake -----

    /** A dispute received or found by screening, with its parties, by a committee in the actor's scope. */
    @Allowed.Drafters
    public MediationCase intake(CaseIntakeRequest r) {
        MediationOrg org = store.org(r.orgId()).filter(o -> scope.canSee(o.unitId()))
                .orElseThrow(() -> InvalidInputException.field("orgId", "disputes.org.unknown"));
        LocalDate today = LocalDate.now(clock);
        if (r.receivedOn().isAfter(today)) {
            throw InvalidInputException.field("receivedOn", "disputes.date.future");
        }
        if (!org.activeOn(r.receivedOn())) {
            throw InvalidInputException.field("orgId", "disputes.org.not-active", r.receivedOn());
        }
        String caseNo = nextNumber(r.receivedOn().getYear());
        MediationCaseRecord record = MediationCaseRecord.received(org.id(), org.unitId(), caseNo, r.receivedOn(),
                r.source(), r.category(), r.summary().strip(), Actor.current().userId(), steps.now());
        steps.save(record);
        long id = record.id();
        for (PartyRequest p : r.parties()) {
            long partyId = store.insertParty(id, p, steps.now());
            audit.created(Disputes.PARTY.name(), partyId, Map.of("caseId", id, "side", p.side(), "name",
                    StaffMasks.name(p.personName().strip())));
        }
        MediationCase created = store.mediationCase(id).orElseThrow();
        audit.created(MediationCase.SUBJECT.name(), id, Map.of("caseNo", caseNo, "orgId", org.id(), "receivedOn",
                r.receivedOn(), "source", r.source(), "category", r.category(), "parties", r.parties().size()));
        return created;
    }

    private String nextNumber(int year) {
        String prefix = CASE_PREFIX + year + "-";
        int max = store.caseNumbers(prefix).stream().mapToInt(n -> serial(n, prefix)).max().orElse(0);
        return prefix + String.format("%04d", max + 1);
    }

    static int serial(String number, String prefix) {
        try {
            return Integer.parseInt(number.substring(prefix.length()));
        } catch (RuntimeException e) {
            return 0;
        }
    }

    @Allowed.Drafters
    public MediationCase addParty(long id, PartyRequest r) {
        MediationSteps.Taken step = steps.take(id, Step.ADD_PARTY, null);
        long partyId = store.insertParty(id, r, steps.now());
        step.record().touched(steps.now());
        return steps.complete(step, Map.of("partyId", partyId, "side", r.side(), "name",
                StaffMasks.name(r.personName().strip())));
    }

    /** A party stated that it refuses mediation: the case can then be neither taken up nor settled. */
    @Allowed.Drafters
    public MediationCase recordRefusal(long id, PartyRefusalRequest r) {
        MediationSteps.Taken step = steps.take(id, Step.RECORD_REFUSAL, r.version());
        Party party = step.facts().parties().stream().filter(p -> p.id().equals(r.partyId())).findFirst()
                .orElseThrow(() -> InvalidInputException.field("partyId", "disputes.party.unknown"));
        if (party.refused()) {
            throw InvalidInputException.field("partyId", "disputes.party.already-refused");
        }
        notFuture(r.refusedOn(), step.today(), "refusedOn");
        notBefore(r.refusedOn(), step.mediationCase().receivedOn(), "refusedOn");
        store.partyRefused(party.id(), r.refusedOn(), blank(r.note()));
        step.record().touched(steps.now());
        return steps.complete(step, Map.of("partyId", party.id(), "refusedOn", r.refusedOn()));
    }

    // ----- screening -----

    /** Taken up for mediation with a mediator of the committee serving on that day. */
    @Allowed.Drafters
    public MediationCase accept(long id, MediationAcceptanceRequest r) {
        MediationSteps.Taken step = steps.take(id, Step.ACCEPT_FOR_MEDIATION, r.version());
        MediationCase c = step.mediationCase();
        Mediator m = store.mediator(r.mediatorId()).filter(x -> x.orgId().equals(c.orgId()))
                .orElseThrow(() -> InvalidInputException.field("mediatorId", "disputes.mediator.not-of-org"));
        notFuture(r.acceptedOn(), step.today(), "acceptedOn");
        notBefore(r.acceptedOn(), c.receivedOn(), "acceptedOn");
        if (!m.activeOn(r.acceptedOn())) {
            throw InvalidInputException.field("mediatorId", "disputes.mediator.not-serving", r.acceptedOn());
        }
        step.record().accepted(m.id(), r.acceptedOn());
        return steps.complete(step, Map.of("mediatorId", m.id(), "acceptedOn", r.acceptedOn()));
    }

    /** Not taken up (不予受理), with the reason the parties are told. */
    @Allowed.Drafters
    public MediationCase decline(long id, DeclineRequest r) {
        MediationSteps.Taken step = steps.take(id, Step.DECLINE_MEDIATION, r.version());
        notFuture(r.declinedOn(), step.today(), "declinedOn");
        notBefore(r.declinedOn(), step.mediationCase().receivedOn(), "declinedOn");
        step.record().declined(r.declinedOn(), r.reason().strip());
        return steps.complete(step, Map.of("declinedOn", r.declinedOn(), "reason", r.reason().strip()));
    }

    // ----- outcome -----

    /**
     * The agreement: its text, signed and in effect (not before the case was taken up, not in the future).
     * From the day it took effect the parties have the window of PM-01 to apply for judicial confirmation,
     * tracked on the 督办台 for the committee's unit.
     */
    @Allowed.Drafters
    public MediationCase agree(long id, AgreementRequest r) {
        MediationSteps.Taken step = steps.take(id, Step.RECORD_AGREEMENT, r.version());
        MediationCase c = step.mediationCase();
        notFuture(r.signedOn(), step.today(), "signedOn");
        notBefore(r.signedOn(), c.acceptedOn(), "signedOn");
        notFuture(r.effectiveOn(), step.today(), "effectiveOn");
        notBefore(r.effectiveOn(), r.signedOn(), "effectiveOn");
        step.record().agreed(r.text().strip(), r.oral(), r.signedOn(), r.effectiveOn());
        TrackedDeadline window = deadlines.track(NewDeadline.of(Disputes.MODULE, MediationCase.SUBJECT.name(),
                String.valueOf(id), c.caseNo(), DisputesRules.JUDICIAL_CONFIRMATION, r.effectiveOn(), c.unitId())
                .withLabel("disputes.deadline.judicial-confirmation").withLink("/console/disputes/cases/" + id));
        step.record().confirmationWindowTracked(window.id());
        return steps.complete(step, Map.of("signedOn", r.signedOn(), "effectiveOn", r.effectiveOn(), "oral",
                r.oral(), "windowEnds", window.dueDate()));
    }

    /** Mediation ended without agreement (调解不成), with the reason. */
    @Allowed.Drafters
    public MediationCase fail(long id, FailureRequest r) {
        MediationSteps.Taken step = steps.take(id, Step.RECORD_FAILURE, r.version());
        notFuture(r.failedOn(), step.today(), "failedOn");
        notBefore(r.failedOn(), step.mediationCase().acceptedOn(), "failedOn");
        step.record().failed(r.failedOn(), r.reason().strip());
        return steps.complete(step, Map.of("failedOn", r.failedOn(), "reason", r.reason().strip()));
    }

    /**
     * What the parties did with their window: applied to the court on a day within it (the deadline is met
     * that day), or stated they will not apply (the deadline leaves the 督办台). An application after the
     * window's last day is refused, naming the day and the rule.
     */
    @Allowed.Drafters
    public MediationCase recordConfirmation(long id, ConfirmationRequest r) {
        MediationSteps.Taken step = steps.take(id, Step.RECORD_CONFIRMATION, r.version());
        MediationCase c = step.mediationCase();
        notFuture(r.on(), step.today(), "on");
        notBefore(r.on(), c.agreementEffectiveOn(), "on");
        String court = blank(r.court());
        String note = blank(r.note());
        if (r.outcome() == ConfirmationOutcome.APPLIED) {
            if (court == null) {
                throw InvalidInputException.field("court", "disputes.confirmation.court-required");
            }
            ConfirmationWindow w = windows.of(c);
            if (!w.openOn(r.on())) {
                throw InvalidInputException.field("on", "disputes.confirmation.too-late", w.lastDay(), w.ruleId());
            }
        } else if (note == null) {
            throw InvalidInputException.field("note", "disputes.confirmation.note-required");
        }
        step.record().confirmation(r.outcome(), r.on(), court);
        if (c.confirmationDeadlineId() != null) {
            if (r.outcome() == ConfirmationOutcome.APPLIED) {
                deadlines.meet(c.confirmationDeadlineId(), r.on());
            } else {
                deadlines.cancel(c.confirmationDeadlineId(), note);
            }
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("outcome", r.outcome());
        details.put("on", r.on());
        details.put("court", court == null ? "" : court);
        return steps.complete(step, details);
    }

    /** The agreement was fulfilled. */
    @Allowed.Drafters
    public MediationCase recordFulfilment(long id, AgreementFulfilmentRequest r) {
        MediationSteps.Taken step = steps.take(id, Step.RECORD_FULFILMENT, r.version());
        notFuture(r.fulfilledOn(), step.today(), "fulfilledOn");
        notBefore(r.fulfilledOn(), step.mediationCase().agreementEffectiveOn(), "fulfilledOn");
        step.record().fulfilled(r.fulfilledOn(), blank(r.note()));
        return steps.complete(step, Map.of("fulfilledOn", r.fulfilledOn()));
    }

    /** A party's full data, for the case's handlers; every reveal is audited with its reason. */
    @Allowed.Drafters
    public Party revealParty(long id, long partyId, PersonRevealRequest r) {
        access.requireCase(id);
        Party p = store.parties(id).stream().filter(x -> x.id() == partyId).findFirst()
                .orElseThrow(() -> new NotFoundException(Disputes.PARTY.name(), partyId));
        audit.action(Disputes.PARTY.name(), partyId, "reveal-personal-data", Map.of("caseId", id, "reason",
                r.reason().strip()));
        return p;
    }

    static void notFuture(LocalDate day, LocalDate today, String field) {
        if (day.isAfter(today)) {
            throw InvalidInputException.field(field, "disputes.date.future");
        }
    }

    static void notBefore(LocalDate day, LocalDate earliest, String field) {
        if (earliest != null && day.isBefore(earliest)) {
            throw InvalidInputException.field(field, "disputes.date.before", earliest);
        }
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
