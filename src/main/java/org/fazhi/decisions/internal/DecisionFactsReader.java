package org.fazhi.decisions.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.decisions.DecisionVersion;
import org.fazhi.decisions.MajorDecision;
import org.fazhi.participation.ConsultationKind;
import org.fazhi.participation.PublicConsultation;
import org.fazhi.participation.PublicConsultations;
import org.fazhi.review.GateDecision;
import org.fazhi.review.LegalityGate;
import org.fazhi.review.LegalityReview;
import org.fazhi.review.LegalityReviews;
import org.fazhi.shared.Actor;
import org.fazhi.shared.SubjectRef;
import org.fazhi.units.Role;
import org.springframework.stereotype.Component;

/**
 * Gathers the {@link DecisionFacts} a step or the guide checks: once, in the caller's transaction,
 * after the visibility check (another unit's decision answers 404 before any gate is read).
 */
@Component
public class DecisionFactsReader {

    private final DecisionAccess access;
    private final DecisionStore decisions;
    private final HearingStore hearings;
    private final PollStore polls;
    private final ExpertStore experts;
    private final MeetingStore meetings;
    private final ImplementationStore implementation;
    private final PublicConsultations consultations;
    private final LegalityReviews reviews;
    private final Clock clock;

    DecisionFactsReader(DecisionAccess access, DecisionStore decisions, HearingStore hearings, PollStore polls,
            ExpertStore experts, MeetingStore meetings, ImplementationStore implementation,
            PublicConsultations consultations, LegalityReviews reviews, Clock clock) {
        this.access = access;
        this.decisions = decisions;
        this.hearings = hearings;
        this.polls = polls;
        this.experts = experts;
        this.meetings = meetings;
        this.implementation = implementation;
        this.consultations = consultations;
        this.reviews = reviews;
        this.clock = clock;
    }

    /** The facts of a decision the actor may see, its row locked for a step; else 404. */
    public DecisionFacts lock(long id) {
        return of(access.lockVisible(id));
    }

    /** The facts of a decision the actor may see (reading, for the guide); else 404. */
    public DecisionFacts read(long id) {
        return of(access.requireVisible(id));
    }

    /** The facts of a decision already read (and checked visible, or taken by the system). */
    public DecisionFacts of(MajorDecision d) {
        SubjectRef ref = MajorDecision.SUBJECT.ref(d.id());
        List<LegalityReview> rounds = reviews.forSubject(ref);
        GateDecision gate = d.currentVersionId() == null ? GateDecision.refuse("not-reviewed", null)
                : LegalityGate.forDeliberation(rounds, d.currentVersionId());
        DecisionVersion current = d.currentVersionId() == null ? null
                : decisions.version(d.currentVersionId()).orElse(null);
        List<PublicConsultation> windows = consultations.ofSubject(ref);
        LocalDate today = LocalDate.now(clock);
        LocalDate openedOn = windows.stream().filter(PublicConsultation::open).map(PublicConsultation::openedOn)
                .findFirst().orElse(today);
        return new DecisionFacts(d, current, access.carries(d), access.ofGovernment(d),
                Actor.currentHasAnyRole(Role.DRAFTER.name(), Role.RULE_OF_LAW_OFFICE.name()), windows,
                consultations.undisposed(ref), decisions.waivers(d.id()), hearings.ofDecision(d.id()),
                polls.polls(d.id()), experts.ofDecision(d.id()), polls.risks(d.id()), rounds, gate,
                meetings.topicsOfDecision(d.id()), implementation.milestones(d.id()), implementation.reports(d.id()),
                today, consultations.minimum(ConsultationKind.MAJOR_DECISION, openedOn, d.unitId()));
    }
}
