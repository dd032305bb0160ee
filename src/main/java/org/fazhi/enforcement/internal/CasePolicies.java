package org.fazhi.enforcement.internal;

import java.util.Optional;
import java.util.stream.Collectors;
import org.fazhi.enforcement.CaseStatus;
import org.fazhi.enforcement.CertificateStanding;
import org.fazhi.enforcement.DecisionOutcome;
import org.fazhi.enforcement.Officer;
import org.fazhi.enforcement.OfficerKind;
import org.fazhi.shared.procedure.Gate;
import org.fazhi.shared.procedure.Refusal;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The legal gates of a case's procedure, each written once and named as the rule it enforces.
 * {@link CaseProcedure} puts them on its steps; the steps and the guide on the page both ask the
 * procedure, so they never disagree.
 */
public final class CasePolicies {

    private CasePolicies() {
    }

    /** Cases are carried by enforcement officers (role); the 法治办, reviewers and leaders read them. */
    public static final Gate<CaseFacts> ONLY_OFFICERS_CARRY_CASES = Gate.require(CaseFacts::actorCarries, "role",
            "enforcement.refused.role");

    /**
     * PN-01: every act is carried out by at least two officers holding a valid enforcement certificate of
     * the case's agency on the day. A team member whose certificate has expired, is suspended or revoked,
     * or who belongs to another agency, is refused by name at that moment (the team is changed first);
     * auxiliary staff never count.
     */
    public static final Gate<CaseFacts> TWO_CERTIFIED_OFFICERS = Gate.of("two-certified-officers",
            CasePolicies::twoCertifiedOfficers);

    private static Optional<Refusal> twoCertifiedOfficers(CaseFacts f) {
        long valid = 0;
        for (Officer o : f.team()) {
            if (o.kind() == OfficerKind.AUXILIARY) {
                continue;
            }
            if (!o.agencyId().equals(f.c().agencyId())) {
                return Optional.of(Refusal.of("certificate-foreign", "enforcement.refused.certificate-foreign",
                        o.name(), o.certificateNo()));
            }
            CertificateStanding s = o.standingOn(f.today());
            switch (s) {
                case EXPIRED -> {
                    return Optional.of(Refusal.of("certificate-expired", "enforcement.refused.certificate-expired",
                            o.name(), o.certificateNo(), o.expiresOn()));
                }
                case SUSPENDED -> {
                    return Optional.of(Refusal.of("certificate-suspended",
                            "enforcement.refused.certificate-suspended", o.name(), o.certificateNo()));
                }
                case REVOKED -> {
                    return Optional.of(Refusal.of("certificate-revoked", "enforcement.refused.certificate-revoked",
                            o.name(), o.certificateNo()));
                }
                case NOT_YET_VALID, NONE -> {
                    return Optional.of(Refusal.of("certificate-missing", "enforcement.refused.certificate-missing",
                            o.name()));
                }
                case VALID -> valid++;
            }
        }
        if (valid < f.minimumOfficers()) {
            return Optional.of(Refusal.of("too-few-officers", "enforcement.refused.too-few-officers",
                    String.valueOf(valid), String.valueOf(f.minimumOfficers()), EnforcementRules.TWO_OFFICERS));
        }
        return Optional.empty();
    }

    /** There is a proposed decision to notify, review or decide. */
    public static final Gate<CaseFacts> PROPOSAL_MADE = Gate.require(f -> f.c().proposedOutcome() != null,
            "no-proposal", "enforcement.refused.no-proposal");

    /**
     * PN-02 and the agency's lists: a case whose findings meet an item of the first-offence or
     * minor-offence list is not penalised; it is decided without penalty, with an education record.
     */
    public static final Gate<CaseFacts> LISTED_CASES_ARE_NOT_PENALISED = Gate.require(
            f -> !f.penaltyCase() || f.exemption().isEmpty() || !f.adverseProposal(), "exempt-no-penalty",
            f -> Refusal.of("exempt-no-penalty", "enforcement.refused.exempt-no-penalty",
                    new DefaultMessageSourceResolvable("enforcement.exemption-list." + f.exemption().get().list().name()),
                    f.exemption().get().description(), EnforcementRules.LENIENT_LISTS));

    /**
     * A penalty outside the benchmark's range for the circumstance level (or another penalty than the
     * level's) needs a stated reason, which the legal review reads.
     */
    public static final Gate<CaseFacts> WITHIN_BENCHMARK_OR_REASONED = Gate.require(
            f -> !f.penaltyCase() || !f.adverseProposal() || f.benchmark() == null || !f.benchmark().deviates()
                    || (f.c().deviationReason() != null && !f.c().deviationReason().isBlank()),
            "benchmark-deviation", f -> Refusal.of("benchmark-deviation", "enforcement.refused.benchmark-deviation",
                    f.benchmark().benchmark().violationName(), f.benchmark().benchmark().versionNo()));

    /** An adverse decision comes after the party was told of it and of their rights (告知, 行政处罚法 Art 44). */
    public static final Gate<CaseFacts> NOTIFIED_BEFORE_ADVERSE_DECISION = Gate.require(
            f -> f.status() != CaseStatus.INVESTIGATING || !(f.penaltyCase() || f.adverseProposal()),
            "notice-required", "enforcement.refused.notice-required");

    /**
     * The party's window to state its case or ask for a hearing (PN-07: 5 working days) is over, or
     * the party waived it; a hearing asked for has been held.
     */
    public static final Gate<CaseFacts> PARTY_HEARD = Gate.of("party-window", f -> {
        if (f.partyWindowOver()) {
            return Optional.empty();
        }
        if (f.c().hearingRequestedOn() != null) {
            return Optional.of(Refusal.of("hearing-pending", "enforcement.refused.hearing-pending"));
        }
        return Optional.of(Refusal.of("party-window-open", "enforcement.refused.party-window-open",
                f.partyWindowEnds(), EnforcementRules.HEARING_REQUEST));
    });

    /** The party may still waive its statement and hearing (in writing) while its window runs. */
    public static final Gate<CaseFacts> PARTY_WINDOW_RUNNING = Gate.require(f -> !f.partyWindowOver(),
            "party-window-over", "enforcement.refused.party-window-over");

    /** 未经法制审核或者审核未通过的，不得作出决定 (PN-05), where the catalog or PN-05 asks for the review. */
    public static final Gate<CaseFacts> REVIEWED_WHEN_REQUIRED = Gate.require(
            f -> !f.reviewRequired() || f.reviewGate().passed(), "review-*",
            f -> Refusal.of("review-" + f.reviewGate().code(), "enforcement.refused.review." + f.reviewGate().code(),
                    EnforcementRules.LEGAL_REVIEW));

    /** Complex cases and major violations are decided by the heads collectively (PN-05, Art 57). */
    public static final Gate<CaseFacts> DISCUSSED_WHEN_COMPLEX_OR_MAJOR = Gate.require(
            f -> !f.discussionRequired() || f.c().discussedOn() != null, "discussion-required",
            "enforcement.refused.discussion-required");

    /** The hearing right exists (PN-07's thresholds were met at the notice). */
    public static final Gate<CaseFacts> HEARING_RIGHT = Gate.require(f -> f.c().hearingRights(), "no-hearing-right",
            "enforcement.refused.no-hearing-right");

    /** A hearing is asked for within the window (PN-07: 5 working days of the notice); once. */
    public static final Gate<CaseFacts> HEARING_ASKED_IN_TIME = Gate.of("hearing-request-late", f -> {
        if (f.c().hearingRequestedOn() != null) {
            return Optional.of(Refusal.of("hearing-already-requested", "enforcement.refused.hearing-already-requested"));
        }
        if (f.partyWindowEnds() != null && f.today().isAfter(f.partyWindowEnds())) {
            return Optional.of(Refusal.of("hearing-request-late", "enforcement.refused.hearing-request-late",
                    f.partyWindowEnds(), EnforcementRules.HEARING_REQUEST));
        }
        return Optional.empty();
    });

    public static final Gate<CaseFacts> HEARING_ASKED = Gate.require(f -> f.c().hearingRequestedOn() != null,
            "no-hearing-requested", "enforcement.refused.no-hearing-requested");

    /** The hearing is held on or after the day it was scheduled for, once. */
    public static final Gate<CaseFacts> HEARING_DAY_CAME = Gate.of("hearing-not-due", f -> {
        if (f.c().hearingHeldOn() != null) {
            return Optional.of(Refusal.of("hearing-held", "enforcement.refused.hearing-held"));
        }
        if (f.c().hearingOn() == null) {
            return Optional.of(Refusal.of("hearing-not-scheduled", "enforcement.refused.hearing-not-scheduled"));
        }
        if (f.today().isBefore(f.c().hearingOn())) {
            return Optional.of(Refusal.of("hearing-not-due", "enforcement.refused.hearing-not-due", f.c().hearingOn()));
        }
        return Optional.empty();
    });

    /** Nothing is executed of a decision that orders nothing (no penalty; a warning takes effect on service). */
    public static final Gate<CaseFacts> SOMETHING_TO_EXECUTE = Gate.require(CasePolicies::executable,
            "nothing-to-execute", "enforcement.refused.nothing-to-execute");

    /** A decision that orders something is executed before the case closes. */
    public static final Gate<CaseFacts> EXECUTED_BEFORE_CLOSING = Gate.require(
            f -> f.status() != CaseStatus.SERVED || !executable(f), "not-executed",
            "enforcement.refused.not-executed");

    private static boolean executable(CaseFacts f) {
        DecisionOutcome o = f.c().outcome();
        return o != null && o.executable() && (f.c().penaltyType() == null || !f.c().penaltyType().executedOnService());
    }

    /** PN-04: the full-process record shows every stage the case went through before it is archived. */
    public static final Gate<CaseFacts> RECORD_COMPLETE = Gate.require(f -> f.missingStages().isEmpty(),
            "record-incomplete", f -> Refusal.of("record-incomplete", "enforcement.refused.record-incomplete",
                    f.missingStages().stream().map(s -> s.name()).collect(Collectors.joining(", ")),
                    EnforcementRules.FULL_RECORD));

    /** Decisions concerning minors are not published. */
    public static final Gate<CaseFacts> NOT_CONCERNING_A_MINOR = Gate.require(f -> !f.c().partyMinor(),
            "minor-not-published", "enforcement.refused.minor-not-published");

    public static final Gate<CaseFacts> PUBLISHED_ONCE = Gate.require(f -> f.publication().isEmpty(),
            "already-published", "enforcement.refused.already-published");

    /** A decision's later change or revocation is recorded once. */
    public static final Gate<CaseFacts> CHANGED_ONCE = Gate.require(f -> f.c().changedOn() == null, "already-changed",
            "enforcement.refused.already-changed");

    /** PN-03: only a published decision that was changed or revoked is withdrawn (once). */
    public static final Gate<CaseFacts> CHANGED_AND_PUBLISHED = Gate.of("nothing-to-withdraw", f -> {
        if (f.c().changedOn() == null) {
            return Optional.of(Refusal.of("decision-unchanged", "enforcement.refused.decision-unchanged"));
        }
        if (f.publication().isEmpty() || f.publication().get().withdrawn()) {
            return Optional.of(Refusal.of("nothing-to-withdraw", "enforcement.refused.nothing-to-withdraw"));
        }
        return Optional.empty();
    });

    /** The decision deadline (PN-06) runs, has not passed, and has not been extended yet. */
    public static final Gate<CaseFacts> DEADLINE_EXTENDABLE = Gate.of("not-extendable", f -> {
        if (f.decisionDeadline().isEmpty() || !f.decisionDeadline().get().status().isActive()) {
            return Optional.of(Refusal.of("no-deadline", "enforcement.refused.no-deadline"));
        }
        if (f.extensions() > 0) {
            return Optional.of(Refusal.of("already-extended", "enforcement.refused.already-extended"));
        }
        if (f.today().isAfter(f.decisionDeadline().get().dueDate())) {
            return Optional.of(Refusal.of("deadline-passed", "enforcement.refused.deadline-passed",
                    f.decisionDeadline().get().dueDate()));
        }
        return Optional.empty();
    });
}
