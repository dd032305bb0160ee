package org.fazhi.enforcement.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.enforcement.ActionKind;
import org.fazhi.enforcement.Agency;
import org.fazhi.enforcement.BenchmarkCheck;
import org.fazhi.enforcement.CaseAct;
import org.fazhi.enforcement.CaseStatus;
import org.fazhi.enforcement.DecisionOutcome;
import org.fazhi.enforcement.EnforcementCase;
import org.fazhi.enforcement.EvidenceStage;
import org.fazhi.enforcement.ExemptionItem;
import org.fazhi.enforcement.Officer;
import org.fazhi.enforcement.PublishedDecision;
import org.fazhi.enforcement.ReviewCatalogItem;
import org.fazhi.review.LegalityReview;

/**
 * What the gates of a case's procedure read, gathered once per step or page: the case and its
 * agency, whether the acting user carries cases (role), the team and the PN-01 minimum, the
 * benchmark check and the lenient-list item matching the current proposal, the review catalog entry
 * it falls under, the reviews with the PN-05 gate, the end of the party's window (PN-07), the stages
 * with current evidence, the acts, the publication, the decision deadline and its extensions, and today.
 */
public record CaseFacts(EnforcementCase c, Agency agency, boolean actorCarries, List<Officer> team, int minimumOfficers,
        BenchmarkCheck benchmark, Optional<ExemptionItem> exemption, Optional<ReviewCatalogItem> catalogItem,
        List<LegalityReview> reviews, CaseReviewGate.Decision reviewGate, LocalDate partyWindowEnds,
        Set<EvidenceStage> evidenceStages, List<CaseAct> acts, Optional<PublishedDecision> publication,
        Optional<TrackedDeadline> decisionDeadline, int extensions, LocalDate today) {

    public CaseFacts {
        team = List.copyOf(team);
        reviews = List.copyOf(reviews);
        evidenceStages = evidenceStages.isEmpty() ? EnumSet.noneOf(EvidenceStage.class) : EnumSet.copyOf(evidenceStages);
        acts = List.copyOf(acts);
    }

    public CaseStatus status() {
        return c.status();
    }

    public boolean penaltyCase() {
        return c.kind() == ActionKind.PENALTY;
    }

    /** The proposal is an adverse decision (a penalty or measure). */
    public boolean adverseProposal() {
        return c.proposedOutcome() == DecisionOutcome.PENALTY;
    }

    /**
     * PN-05 and the catalog: the decision needs a passing legal review when the case falls under the
     * agency's catalog, involves major public interest, went through a hearing, or is complex.
     */
    public boolean reviewRequired() {
        return catalogItem.isPresent() || c.majorPublicInterest() || c.hearingHeldOn() != null || c.complex();
    }

    /** PN-05 (Art 57): complex cases and major violations are decided by the agency's heads collectively. */
    public boolean discussionRequired() {
        return c.complex() || catalogItem.isPresent() || c.majorPublicInterest();
    }

    /** The party's time to state its case (or ask for a hearing) is over, and a hearing asked for was held. */
    public boolean partyWindowOver() {
        if (c.notifiedOn() == null || c.statementWaivedOn() != null) {
            return true;
        }
        if (c.hearingRequestedOn() != null) {
            return c.hearingHeldOn() != null;
        }
        return partyWindowEnds != null && today.isAfter(partyWindowEnds);
    }

    /**
     * The stages the full-process record must show before the case is archived (PN-04): opening,
     * investigation, the notice (when one was given), the hearing (when held), the review (when
     * submitted), the collective discussion (when held), the decision, its service and its execution.
     */
    public Set<EvidenceStage> requiredStages() {
        return requiredStages(c);
    }

    /** The stages the full-process record of {@code c} must show as it stands (PN-04). */
    public static Set<EvidenceStage> requiredStages(EnforcementCase c) {
        Set<EvidenceStage> s = EnumSet.noneOf(EvidenceStage.class);
        if (!c.summary()) {
            s.add(EvidenceStage.OPENING);
            if (c.decidedOn() != null) {
                s.add(EvidenceStage.INVESTIGATION);
            }
        }
        if (c.notifiedOn() != null) {
            s.add(EvidenceStage.NOTICE);
        }
        if (c.hearingHeldOn() != null) {
            s.add(EvidenceStage.HEARING);
        }
        if (c.discussedOn() != null) {
            s.add(EvidenceStage.DISCUSSION);
        }
        if (c.decidedOn() != null) {
            s.add(EvidenceStage.DECISION);
        }
        if (c.servedOn() != null) {
            s.add(EvidenceStage.SERVICE);
        }
        if (c.executedOn() != null) {
            s.add(EvidenceStage.EXECUTION);
        }
        if (c.decidedOn() == null && c.closedOn() != null) {
            s.add(EvidenceStage.CLOSING);
        }
        return s;
    }

    /** The required stages without current evidence. */
    public List<EvidenceStage> missingStages() {
        return requiredStages().stream().filter(st -> !evidenceStages.contains(st)).sorted().toList();
    }
}
