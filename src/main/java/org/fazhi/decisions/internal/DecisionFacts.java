package org.fazhi.decisions.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fazhi.decisions.Argumentation;
import org.fazhi.decisions.DecisionStatus;
import org.fazhi.decisions.DecisionVersion;
import org.fazhi.decisions.ExpertOpinion;
import org.fazhi.decisions.Hearing;
import org.fazhi.decisions.MajorDecision;
import org.fazhi.decisions.MeetingTopic;
import org.fazhi.decisions.Milestone;
import org.fazhi.decisions.Poll;
import org.fazhi.decisions.ProcedureState;
import org.fazhi.decisions.ProgressReport;
import org.fazhi.decisions.RequiredProcedure;
import org.fazhi.decisions.RiskAssessment;
import org.fazhi.decisions.Waiver;
import org.fazhi.participation.PublicConsultation;
import org.fazhi.review.GateDecision;
import org.fazhi.review.LegalityReview;
import org.fazhi.shared.Period;

/**
 * What the gates of a decision's procedure read, gathered once per step or page after the visibility
 * check: the decision and its current version, the actor's standing (carries it: works in the scope
 * of the sponsoring unit or the deciding government; holds a role that carries decisions), its
 * consultations and unanswered comments, waivers, hearings, polls, argumentations, risk reports,
 * reviews with the gate for the current version, meeting topics, milestones and progress reports,
 * today, and the minimum period of its consultation (MD-02), which a refusal names. Procedures count
 * only what was done in the current round (a change under MD-11 starts a new one).
 */
public record DecisionFacts(MajorDecision decision, DecisionVersion currentVersion, boolean actorCarries,
        boolean actorOfGovernment, boolean actorMayCarry, List<PublicConsultation> consultations, long undisposed, List<Waiver> waivers,
        List<Hearing> hearings, List<Poll> polls, List<Argumentation> argumentations, List<RiskAssessment> risks,
        List<LegalityReview> reviews, GateDecision reviewGate, List<MeetingTopic> topics, List<Milestone> milestones,
        List<ProgressReport> reports, LocalDate today, Period consultationMinimum) {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public DecisionFacts {
        consultations = List.copyOf(consultations);
        waivers = List.copyOf(waivers);
        hearings = List.copyOf(hearings);
        polls = List.copyOf(polls);
        argumentations = List.copyOf(argumentations);
        risks = List.copyOf(risks);
        reviews = List.copyOf(reviews);
        topics = List.copyOf(topics);
        milestones = List.copyOf(milestones);
        reports = List.copyOf(reports);
    }

    public DecisionStatus status() {
        return decision.status();
    }

    public int round() {
        return decision.roundNo();
    }

    /** The first day of the current round. */
    public LocalDate roundStart() {
        return LocalDate.ofInstant(decision.roundStartedAt(), ZONE);
    }

    public Optional<PublicConsultation> openConsultation() {
        return consultations.stream().filter(PublicConsultation::open).findFirst();
    }

    /** A window was opened and closed in this round. */
    public boolean consulted() {
        return consultations.stream().anyMatch(c -> c.closed() && !c.openedOn().isBefore(roundStart()));
    }

    public Optional<Waiver> waiver(RequiredProcedure p) {
        return waivers.stream().filter(w -> w.roundNo() == round() && w.procedure() == p).reduce((a, b) -> b);
    }

    /** The hearing announced and not yet held or cancelled. */
    public Optional<Hearing> activeHearing() {
        return hearings.stream().filter(h -> h.roundNo() == round() && h.active()).findFirst();
    }

    public boolean hearingHeld() {
        return hearings.stream().anyMatch(h -> h.roundNo() == round() && h.status() == Hearing.HearingStatus.HELD);
    }

    public boolean polled() {
        return polls.stream().anyMatch(p -> p.roundNo() == round());
    }

    public List<ExpertOpinion> opinions() {
        return argumentations.stream().filter(a -> a.roundNo() == round()).flatMap(a -> a.opinions().stream())
                .toList();
    }

    public long unansweredOpinions() {
        return opinions().stream().filter(o -> !o.answered()).count();
    }

    public Optional<RiskAssessment> latestRisk() {
        return risks.stream().filter(r -> r.roundNo() == round()).reduce((a, b) -> b);
    }

    /** Whether a procedure is done in this round. */
    public boolean done(RequiredProcedure p) {
        return switch (p) {
            case PUBLIC_PARTICIPATION -> consulted();
            case HEARING -> hearingHeld();
            case OPINION_POLL -> polled();
            case EXPERT_ARGUMENTATION -> !opinions().isEmpty();
            case RISK_ASSESSMENT -> latestRisk().isPresent();
            case LEGALITY_REVIEW -> reviewGate.passed();
            case COLLECTIVE_DECISION -> decision.decidedTopicId() != null && decision.decidedVersionId() != null
                    && decision.decidedVersionId().equals(decision.currentVersionId());
        };
    }

    /** Required by the attributes and neither done nor waived in this round. */
    public boolean outstanding(RequiredProcedure p) {
        return decision.attributes().required().contains(p) && !done(p) && waiver(p).isEmpty();
    }

    /** Every procedure with whether it is required, done, or waived — what the guide shows. */
    public List<ProcedureState> procedures() {
        List<ProcedureState> out = new ArrayList<>();
        for (RequiredProcedure p : RequiredProcedure.values()) {
            Optional<Waiver> w = waiver(p);
            out.add(new ProcedureState(p, decision.attributes().required().contains(p), done(p), w.isPresent(),
                    w.map(Waiver::reason).orElse(null)));
        }
        return out;
    }

    /**
     * The materials put to the collective decision (MD-07): the draft with its explanation, the adoption
     * summary, the hearing transcript, the poll results, the expert opinions with their answers and the
     * risk report, each where its procedure is required and not waived. The legality opinion is the
     * review gate's. Keys of what is missing, in that order.
     */
    public List<String> missingMaterials() {
        List<String> missing = new ArrayList<>();
        if (currentVersion == null || currentVersion.explanation() == null || currentVersion.explanation().isBlank()) {
            missing.add("draft-explanation");
        }
        if (outstanding(RequiredProcedure.PUBLIC_PARTICIPATION) || undisposed > 0) {
            missing.add("adoption-summary");
        }
        if (outstanding(RequiredProcedure.HEARING)) {
            missing.add("hearing-transcript");
        }
        if (outstanding(RequiredProcedure.OPINION_POLL)) {
            missing.add("poll-results");
        }
        if (outstanding(RequiredProcedure.EXPERT_ARGUMENTATION) || unansweredOpinions() > 0) {
            missing.add("expert-opinions");
        }
        if (outstanding(RequiredProcedure.RISK_ASSESSMENT)
                || latestRisk().map(r -> !r.controllable()).orElse(false)) {
            missing.add("risk-report");
        }
        return missing;
    }

    /** The deliberated topic that decided the decision, if any. */
    public Optional<MeetingTopic> decidingTopic() {
        return topics.stream().filter(t -> t.id().equals(decision.decidedTopicId())).findFirst();
    }

    public long openMilestones() {
        return milestones.stream().filter(m -> !m.done()).count();
    }

    /**
     * What the archive (MD-09) must hold, keys of what is missing: the draft; each required procedure
     * done or waived with its reason; the legality opinion on the decided version and the collective
     * decision's record (speakers, outcome); the publication; the implementation (milestones, all
     * reached, and at least one report) — or, for a procedure stopped before a decision, the reason.
     */
    public List<String> missingArchive() {
        List<String> missing = new ArrayList<>();
        if (currentVersion == null) {
            missing.add("draft");
        }
        if (decision.status() == DecisionStatus.STOPPED) {
            if (decision.stoppedReason() == null || decision.stoppedReason().isBlank()) {
                missing.add("stop-reason");
            }
            return missing;
        }
        for (RequiredProcedure p : List.of(RequiredProcedure.PUBLIC_PARTICIPATION, RequiredProcedure.HEARING,
                RequiredProcedure.OPINION_POLL, RequiredProcedure.EXPERT_ARGUMENTATION,
                RequiredProcedure.RISK_ASSESSMENT)) {
            if (outstanding(p)) {
                missing.add("procedure-" + p.name());
            }
        }
        if (!reviewGate.passed()) {
            missing.add("legality-opinion");
        }
        if (decidingTopic().map(t -> t.speeches().isEmpty() || t.outcome() == null).orElse(true)) {
            missing.add("collective-record");
        }
        if (!decision.published()) {
            missing.add("publication");
        }
        if (milestones.isEmpty()) {
            missing.add("milestones");
        }
        if (reports.isEmpty()) {
            missing.add("progress-reports");
        }
        return missing;
    }
}
