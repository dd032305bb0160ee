package org.fazhi.decisions;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fazhi.decisions.internal.DecisionAccess;
import org.fazhi.decisions.internal.DecisionProcedure.Step;
import org.fazhi.decisions.internal.DecisionSteps;
import org.fazhi.decisions.internal.DecisionsRules;
import org.fazhi.decisions.internal.HearingSchedule;
import org.fazhi.decisions.internal.HearingStore;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.deadlines.NewDeadline;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.rules.RuleTerm;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.RefusedException;
import org.fazhi.shared.web.Allowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hearings (听证, MD-03) on a decision where the public interest is major: announced with a date that
 * leaves the materials their 7 days (counted back from the hearing, {@link HearingSchedule}); the
 * participants selected and their list published in advance; the materials delivered (a deadline on
 * the 督办台 until then); held with a transcript only if the list was published before and the
 * materials arrived in time — otherwise called off and announced again.
 */
@Service
@Transactional
public class Hearings {

    private final HearingStore store;
    private final DecisionSteps steps;
    private final DecisionAccess access;
    private final HearingSchedule schedule;
    private final Deadlines deadlines;

    Hearings(HearingStore store, DecisionSteps steps, DecisionAccess access, HearingSchedule schedule,
            Deadlines deadlines) {
        this.store = store;
        this.steps = steps;
        this.access = access;
        this.schedule = schedule;
        this.deadlines = deadlines;
    }

    /**
     * The last day the materials of a hearing on {@code hearingDate} may reach the participants (MD-03,
     * national value, counted back from the hearing).
     */
    @Transactional(readOnly = true)
    public LocalDate lastDeliveryDay(LocalDate hearingDate) {
        return schedule.lastDeliveryDay(hearingDate, null);
    }

    /**
     * Announces a hearing: refused when the date leaves less than the 7 days for the materials
     * (hearing-too-soon, naming the earliest date); the materials' last day goes on the 督办台.
     */
    @Allowed.Drafters
    public Hearing announce(long id, HearingRequest r) {
        DecisionSteps.Taken step = steps.take(id, Step.ANNOUNCE_HEARING, null);
        LocalDate today = step.today();
        MajorDecision d = step.decision();
        LocalDate last = schedule.lastDeliveryDay(r.hearingDate(), d.unitId());
        if (last.isBefore(today)) {
            throw new RefusedException("hearing-too-soon", "decisions.refused.hearing-too-soon",
                    schedule.earliestHearing(today, d.unitId()), schedule.period(r.hearingDate(), d.unitId()).amount(),
                    DecisionsRules.HEARING_MATERIALS);
        }
        if (r.hearingDate().isAfter(today.plusYears(1))) {
            throw InvalidInputException.field("hearingDate", "decisions.hearing.date-too-far");
        }
        long hearingId = store.announce(id, d.roundNo(), r.hearingDate(), r.place().strip(), r.announcement().strip(),
                today, last, Actor.current().userId());
        TrackedDeadline deadline = deadlines.track(new NewDeadline(DecisionCatalog.MODULE, Hearing.SUBJECT.name(),
                String.valueOf(hearingId), d.title(), DecisionsRules.HEARING_MATERIALS, RuleTerm.AMOUNT,
                r.hearingDate(), d.unitId(), null, "/console/decisions/" + id + "#hearings")
                .withLabel("decisions.deadline.hearing-materials"));
        store.tracked(hearingId, deadline.id());
        steps.complete(step, Map.of("hearingId", hearingId, "hearingDate", r.hearingDate(), "lastDeliveryDay", last));
        return store.find(hearingId).orElseThrow();
    }

    /** Publishes the participants as selected (听证参加人名单提前公布); again replaces the list. */
    @Allowed.Drafters
    public Hearing publishParticipants(long id, ParticipantsRequest r) {
        DecisionSteps.Taken step = steps.take(id, Step.PUBLISH_PARTICIPANTS, null);
        Hearing h = step.facts().activeHearing().orElseThrow();
        store.participants(h.id(), r.participants(), step.today());
        steps.complete(step, Map.of("hearingId", h.id(), "participants", r.participants().size(), "publishedOn",
                step.today()));
        return store.find(h.id()).orElseThrow();
    }

    /**
     * Records the day the materials reached the participants; the 督办台's deadline is met (late after
     * the last day, when the hearing cannot be held on its date).
     */
    @Allowed.Drafters
    public Hearing deliverMaterials(long id, DeliveryRequest r) {
        DecisionSteps.Taken step = steps.take(id, Step.DELIVER_MATERIALS, null);
        Hearing h = step.facts().activeHearing().orElseThrow();
        if (r.deliveredOn().isAfter(step.today()) || r.deliveredOn().isBefore(h.announcedOn())) {
            throw InvalidInputException.field("deliveredOn", "decisions.hearing.delivered-range", h.announcedOn());
        }
        store.delivered(h.id(), r.deliveredOn());
        if (h.deadlineId() != null && deadlines.find(h.deadlineId()).map(t -> t.status().isActive()).orElse(false)) {
            deadlines.meet(h.deadlineId(), r.deliveredOn());
        }
        steps.complete(step, Map.of("hearingId", h.id(), "deliveredOn", r.deliveredOn(), "inTime",
                !r.deliveredOn().isAfter(h.lastDeliveryDay())));
        return store.find(h.id()).orElseThrow();
    }

    /**
     * Records the hearing as held on its date, with the transcript: only once the participants' list
     * was published before it and the materials reached them in time (MD-03).
     */
    @Allowed.Drafters
    public Hearing hold(long id, HearingRecordRequest r) {
        DecisionSteps.Taken step = steps.take(id, Step.HOLD_HEARING, null);
        Hearing h = step.facts().activeHearing().orElseThrow();
        if (!r.heldOn().equals(h.hearingDate())) {
            throw InvalidInputException.field("heldOn", "decisions.hearing.held-on-date", h.hearingDate());
        }
        if (r.heldOn().isAfter(step.today())) {
            throw InvalidInputException.field("heldOn", "decisions.hearing.held-future");
        }
        store.held(h.id(), r.heldOn(), r.transcript().strip(), r.summary() == null || r.summary().isBlank() ? null
                : r.summary().strip());
        steps.complete(step, Map.of("hearingId", h.id(), "heldOn", r.heldOn()));
        return store.find(h.id()).orElseThrow();
    }

    /** Calls off the announced hearing (its materials deadline is cancelled); it can be announced again. */
    @Allowed.Drafters
    public Hearing cancel(long id, CancellationRequest r) {
        DecisionSteps.Taken step = steps.take(id, Step.CANCEL_HEARING, null);
        Hearing h = step.facts().activeHearing().orElseThrow();
        cancelForStop(h, r.reason().strip());
        steps.complete(step, Map.of("hearingId", h.id(), "reason", r.reason().strip()));
        return store.find(h.id()).orElseThrow();
    }

    /** Ends an announced hearing of a procedure being stopped (inside the caller's step). */
    void cancelForStop(Hearing h, String reason) {
        store.cancelled(h.id(), reason);
        if (h.deadlineId() != null && deadlines.find(h.deadlineId()).map(t -> t.status().isActive()).orElse(false)) {
            deadlines.cancel(h.deadlineId(), reason);
        }
    }

    @Transactional(readOnly = true)
    @Allowed.ProcedureReaders
    public List<Hearing> ofDecision(long id) {
        access.requireVisible(id);
        return store.ofDecision(id);
    }

    // ----- public side -----

    /** Hearings announced or held (not called off), for the portal, newest first. */
    @Transactional(readOnly = true)
    public List<Hearing> publicHearings() {
        return store.announced();
    }

    /** One hearing as the public sees it (404 for one called off). */
    @Transactional(readOnly = true)
    public Hearing publicHearing(long hearingId) {
        return store.find(hearingId).filter(h -> h.status() != Hearing.HearingStatus.CANCELLED)
                .orElseThrow(() -> new NotFoundException(Hearing.SUBJECT.name(), hearingId));
    }
}
