package org.fazhi.disputes;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.fazhi.audit.AuditLog;
import org.fazhi.calendar.DueDate;
import org.fazhi.calendar.WorkingCalendar;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.deadlines.NewDeadline;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.disputes.internal.DisputesRules;
import org.fazhi.disputes.internal.PetitionFacts;
import org.fazhi.disputes.internal.PetitionFactsReader;
import org.fazhi.disputes.internal.PetitionProcedure.Step;
import org.fazhi.disputes.internal.PetitionRecord;
import org.fazhi.disputes.internal.PetitionSteps;
import org.fazhi.disputes.internal.PetitionStore;
import org.fazhi.rules.RuleTerm;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.web.Allowed;
import org.fazhi.units.DataScope;
import org.fazhi.units.Units;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Petitions (信访) handled by law, each step let through by {@code internal.PetitionProcedure} and audited:
 * registered on receipt, with the acceptance decision due by PT-01 on the 督办台; accepted (the handling
 * period PT-02 starts), not accepted with the reason and the legal channel, or transferred to the body with
 * power; the handling period extended once with the head's approval and the reason (PT-02's extension);
 * the written reply, after which the petitioner may ask for a review within PT-03. Every due date comes
 * from the catalog and the calendar. Petitioners are read masked; the full data only through
 * {@link #reveal}, audited. Also the leaders' reception days.
 */
@Service
@Transactional
public class Petitions {

    static final String PREFIX = "XF";

    private final PetitionStore store;
    private final PetitionSteps steps;
    private final PetitionFactsReader facts;
    private final PetitionGuide guide;
    private final Deadlines deadlines;
    private final WorkingCalendar calendar;
    private final DataScope scope;
    private final Units units;
    private final AuditLog audit;
    private final Clock clock;

    Petitions(PetitionStore store, PetitionSteps steps, PetitionFactsReader facts, PetitionGuide guide,
            Deadlines deadlines, WorkingCalendar calendar, DataScope scope, Units units, AuditLog audit, Clock clock) {
        this.store = store;
        this.steps = steps;
        this.facts = facts;
        this.guide = guide;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.scope = scope;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    // ----- reading -----

    @Transactional(readOnly = true)
    public List<Petition> list(Long unitId, Integer year, PetitionStatus status) {
        return store.petitions(unitId == null ? scope.visibleUnitIds() : scope.subtreeWithinScope(unitId), year,
                status).stream().map(Petition::masked).toList();
    }

    @Transactional(readOnly = true)
    public Petition get(long id) {
        return facts.requireVisible(id).masked();
    }

    @Transactional(readOnly = true)
    public PetitionOverview overview(long id) {
        PetitionFacts f = facts.read(id);
        Petition p = f.petition();
        TrackedDeadline acceptance = p.acceptanceDeadlineId() == null ? null
                : deadlines.find(p.acceptanceDeadlineId()).orElse(null);
        return new PetitionOverview(p.masked(), units.name(p.unitId()), guide.of(f), acceptance, f.handling(),
                reviewWindow(p), f.today());
    }

    /** The petitioner's window to ask for a review of the reply (PT-03), once replied. */
    public ReviewWindow reviewWindow(Petition p) {
        if (p.repliedOn() == null) {
            return null;
        }
        DueDate due = calendar.dueByRule(DisputesRules.PETITION_REVIEW_REQUEST, RuleTerm.AMOUNT, p.repliedOn(),
                p.unitId(), List.of());
        return new ReviewWindow(DisputesRules.PETITION_REVIEW_REQUEST, p.repliedOn(), due.due(), due.explanation());
    }

    // ----- the steps -----

    /** Registers a petition received by a unit in the actor's scope; the acceptance decision is due by PT-01. */
    @Allowed.Drafters
    public Petition register(PetitionRequest r) {
        if (!scope.canSee(r.unitId()) || units.find(r.unitId()).isEmpty()) {
            throw InvalidInputException.field("unitId", "disputes.unit.unknown");
        }
        MediationCases.notFuture(r.receivedOn(), LocalDate.now(clock), "receivedOn");
        String prefix = PREFIX + r.receivedOn().getYear() + "-";
        int max = store.numbers(prefix).stream().mapToInt(n -> MediationCases.serial(n, prefix)).max().orElse(0);
        String no = prefix + String.format("%04d", max + 1);
        PetitionRecord record = PetitionRecord.received(r.unitId(), no, r.receivedOn(), r.channel(),
                r.petitionerName().strip(), MediationCases.blank(r.idNumber()), MediationCases.blank(r.phone()),
                MediationCases.blank(r.address()), r.groupSize() == null ? 1 : r.groupSize(), r.subject().strip(),
                r.requestText().strip(), Actor.current().userId(), OffsetDateTime.now(clock));
        steps.save(record);
        long id = record.id();
        TrackedDeadline d = deadlines.track(NewDeadline.of(Disputes.MODULE, Petition.SUBJECT.name(), String.valueOf(id),
                no + " " + r.subject().strip(), DisputesRules.PETITION_ACCEPTANCE, r.receivedOn(), r.unitId())
                .withLabel("disputes.deadline.petition-acceptance").withLink("/console/disputes/petitions/" + id));
        record.acceptanceTracked(d.id());
        steps.save(record);
        Petition created = store.petition(id).orElseThrow();
        audit.created(Petition.SUBJECT.name(), id, Map.of("petitionNo", no, "unitId", r.unitId(), "receivedOn",
                r.receivedOn(), "channel", r.channel(), "groupSize", created.groupSize(), "subject", created.subject()));
        return created.masked();
    }

    /** Accepted: the acceptance deadline is met that day and the handling period (PT-02) starts. */
    @Allowed.Drafters
    public Petition accept(long id, PetitionDecisionRequest r) {
        PetitionSteps.Taken step = steps.take(id, Step.ACCEPT_PETITION, r.version());
        Petition p = step.petition();
        decisionDate(r.decidedOn(), p, step.facts().today());
        step.record().decided(r.decidedOn(), null, null);
        meet(p.acceptanceDeadlineId(), r.decidedOn());
        TrackedDeadline handling = deadlines.track(NewDeadline.of(Disputes.MODULE, Petition.SUBJECT.name(),
                String.valueOf(id), p.petitionNo() + " " + p.subject(), DisputesRules.PETITION_HANDLING, r.decidedOn(),
                p.unitId()).withLabel("disputes.deadline.petition-handling")
                .withLink("/console/disputes/petitions/" + id));
        step.record().handlingTracked(handling.id());
        return steps.complete(step, Map.of("decidedOn", r.decidedOn(), "handlingDue", handling.dueDate())).masked();
    }

    /** Not accepted: the petitioner is told why and which legal channel to use. */
    @Allowed.Drafters
    public Petition decline(long id, PetitionDecisionRequest r) {
        PetitionSteps.Taken step = steps.take(id, Step.DECLINE_PETITION, r.version());
        decisionDate(r.decidedOn(), step.petition(), step.facts().today());
        String reason = MediationCases.blank(r.reason());
        if (reason == null) {
            throw InvalidInputException.field("reason", "disputes.petition.reason-required");
        }
        step.record().decided(r.decidedOn(), reason, null);
        meet(step.petition().acceptanceDeadlineId(), r.decidedOn());
        return steps.complete(step, Map.of("decidedOn", r.decidedOn(), "reason", reason)).masked();
    }

    /** Transferred to the body with power to handle it. */
    @Allowed.Drafters
    public Petition transfer(long id, PetitionDecisionRequest r) {
        PetitionSteps.Taken step = steps.take(id, Step.TRANSFER_PETITION, r.version());
        decisionDate(r.decidedOn(), step.petition(), step.facts().today());
        String to = MediationCases.blank(r.transferredTo());
        if (to == null) {
            throw InvalidInputException.field("transferredTo", "disputes.petition.transferee-required");
        }
        step.record().decided(r.decidedOn(), null, to);
        meet(step.petition().acceptanceDeadlineId(), r.decidedOn());
        return steps.complete(step, Map.of("decidedOn", r.decidedOn(), "transferredTo", to)).masked();
    }

    /** The handling period extended by the catalog's extension (PT-02), once, within the period. */
    @Allowed.Drafters
    public Petition extend(long id, PetitionExtensionRequest r) {
        PetitionSteps.Taken step = steps.take(id, Step.EXTEND_HANDLING, r.version());
        Petition p = step.petition();
        MediationCases.notFuture(r.approvedOn(), step.facts().today(), "approvedOn");
        MediationCases.notBefore(r.approvedOn(), p.decidedOn(), "approvedOn");
        step.record().extended(r.approvedOn(), r.reason().strip());
        TrackedDeadline d = deadlines.extend(p.handlingDeadlineId(), r.reason().strip());
        return steps.complete(step, Map.of("approvedOn", r.approvedOn(), "handlingDue", d.dueDate())).masked();
    }

    /** The written reply: the handling deadline is met that day (late when after it). */
    @Allowed.Drafters
    public Petition reply(long id, PetitionReplyRequest r) {
        PetitionSteps.Taken step = steps.take(id, Step.REPLY_PETITION, r.version());
        Petition p = step.petition();
        MediationCases.notFuture(r.repliedOn(), step.facts().today(), "repliedOn");
        MediationCases.notBefore(r.repliedOn(), p.decidedOn(), "repliedOn");
        step.record().replied(r.repliedOn(), r.outcome(), r.text().strip());
        meet(p.handlingDeadlineId(), r.repliedOn());
        return steps.complete(step, Map.of("repliedOn", r.repliedOn(), "outcome", r.outcome())).masked();
    }

    /** The petitioner's full data; every reveal is audited with its reason. */
    @Allowed.Drafters
    public Petition reveal(long id, PersonRevealRequest r) {
        Petition p = facts.requireVisible(id);
        audit.action(Petition.SUBJECT.name(), id, "reveal-personal-data", Map.of("reason", r.reason().strip()));
        return p;
    }

    private static void decisionDate(LocalDate on, Petition p, LocalDate today) {
        MediationCases.notFuture(on, today, "decidedOn");
        MediationCases.notBefore(on, p.receivedOn(), "decidedOn");
    }

    private void meet(Long deadlineId, LocalDate on) {
        if (deadlineId != null) {
            deadlines.meet(deadlineId, on);
        }
    }

    // ----- leaders' reception days -----

    @Transactional(readOnly = true)
    public List<ReceptionDay> receptions(Long unitId, Integer year) {
        return store.receptions(unitId == null ? scope.visibleUnitIds() : scope.subtreeWithinScope(unitId), year);
    }

    @Allowed.Drafters
    public ReceptionDay addReception(ReceptionRequest r) {
        if (!scope.canSee(r.unitId()) || units.find(r.unitId()).isEmpty()) {
            throw InvalidInputException.field("unitId", "disputes.unit.unknown");
        }
        MediationCases.notFuture(r.heldOn(), LocalDate.now(clock), "heldOn");
        if (r.resolved() > r.matters()) {
            throw InvalidInputException.field("resolved", "disputes.reception.resolved-above-matters");
        }
        long id = store.insertReception(r, Actor.current().userId(), OffsetDateTime.now(clock));
        ReceptionDay d = store.reception(id).orElseThrow(() -> new NotFoundException(Disputes.RECEPTION.name(), id));
        audit.created(Disputes.RECEPTION.name(), id, d);
        return d;
    }
}
