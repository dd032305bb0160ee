package org.fazhi.decisions.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.fazhi.decisions.DecisionStatus;
import org.fazhi.decisions.Hearing;
import org.fazhi.decisions.RequiredProcedure;
import org.fazhi.participation.PublicConsultation;
import org.fazhi.shared.PeriodUnit;
import org.fazhi.shared.procedure.Gate;
import org.fazhi.shared.procedure.Refusal;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The legal gates of a major decision's procedure, each written once and named as the rule it
 * enforces; {@link DecisionProcedure} puts them on its steps, and the steps and the guide ask the same
 * procedure.
 */
public final class DecisionPolicies {

    private DecisionPolicies() {
    }

    /** The steps are the sponsoring office's (经办人员) and the 法治办's (roles). */
    public static final Gate<DecisionFacts> ONLY_CARRIERS_TAKE_STEPS = Gate.require(DecisionFacts::actorMayCarry,
            "role", "decisions.refused.role");

    /** Only the sponsoring unit (承办单位) or the deciding government carries a decision. */
    public static final Gate<DecisionFacts> ONLY_THE_SPONSOR_OR_DECIDING_GOVERNMENT = Gate.require(
            DecisionFacts::actorCarries, "not-sponsoring-unit", "decisions.refused.not-sponsoring-unit");

    /**
     * Only the deciding government puts a draft on its meeting's agenda (the meeting is its own): the
     * sponsoring unit asks it to.
     */
    public static final Gate<DecisionFacts> ONLY_THE_DECIDING_GOVERNMENT_TABLES = Gate.require(
            DecisionFacts::actorOfGovernment, "not-deciding-government", "decisions.refused.not-deciding-government");

    /**
     * A draft that touches the public's vital interests is opened to public comment (MD-02) before it
     * goes to legality review, unless the decision recorded why not (e.g. 依法不予公开).
     */
    public static final Gate<DecisionFacts> PARTICIPATION_HELD = procedure(RequiredProcedure.PUBLIC_PARTICIPATION,
            "participation-required");

    /** Every public comment has its reasoned disposition before the draft moves on (采纳情况). */
    public static final Gate<DecisionFacts> EVERY_COMMENT_ANSWERED = Gate.require(f -> f.undisposed() == 0,
            "comments-undisposed", f -> Refusal.of("comments-undisposed", "decisions.refused.comments-undisposed",
                    String.valueOf(f.undisposed())));

    /** A hearing announced is held (or cancelled) before the draft moves on. */
    public static final Gate<DecisionFacts> NO_HEARING_PENDING = Gate.require(f -> f.activeHearing().isEmpty(),
            "hearing-pending", f -> Refusal.of("hearing-pending", "decisions.refused.hearing-pending",
                    f.activeHearing().map(Hearing::hearingDate).orElse(null)));

    /** Where the public interest is major, a hearing is held (MD-03) unless waived with a reason. */
    public static final Gate<DecisionFacts> HEARING_HELD = procedure(RequiredProcedure.HEARING, "hearing-required");

    /** A livelihood matter is put to an opinion poll (seed 000 §5(3)) unless waived with a reason. */
    public static final Gate<DecisionFacts> POLL_DONE = procedure(RequiredProcedure.OPINION_POLL, "poll-required");

    /** A specialised or technical matter is argued by experts (MD-04) unless waived with a reason. */
    public static final Gate<DecisionFacts> EXPERTS_HEARD = procedure(RequiredProcedure.EXPERT_ARGUMENTATION,
            "expert-argumentation-required");

    /** Each expert opinion is recorded and answered (MD-04). */
    public static final Gate<DecisionFacts> EVERY_EXPERT_OPINION_ANSWERED = Gate.require(
            f -> f.unansweredOpinions() == 0, "expert-opinions-unanswered",
            f -> Refusal.of("expert-opinions-unanswered", "decisions.refused.expert-opinions-unanswered",
                    String.valueOf(f.unansweredOpinions())));

    /** A matter that may affect stability or safety has a risk assessment report (MD-05) unless waived. */
    public static final Gate<DecisionFacts> RISK_ASSESSED = procedure(RequiredProcedure.RISK_ASSESSMENT,
            "risk-assessment-required");

    /** 风险不可控的，不得作出决策: the latest report must find the risk controllable (MD-05). */
    public static final Gate<DecisionFacts> RISK_CONTROLLABLE = Gate.require(
            f -> f.latestRisk().map(r -> r.controllable()).orElse(true), "risk-uncontrollable",
            "decisions.refused.risk-uncontrollable");

    /**
     * A consultation runs to the end of its minimum period (MD-02: not less than 30 days, or the
     * shorter window stated when it opened); it may be closed from the day after.
     */
    public static final Gate<DecisionFacts> CONSULTATION_RUNS_ITS_MINIMUM_PERIOD = Gate.of("consultation-too-early",
            f -> {
                Optional<PublicConsultation> open = f.openConsultation();
                if (open.isPresent() && !f.today().isAfter(open.get().earliestClose())) {
                    return Optional.of(Refusal.of("consultation-too-early", "decisions.refused.consultation-too-early",
                            open.get().earliestClose(), period(f), DecisionsRules.CONSULTATION));
                }
                return Optional.empty();
            });

    /**
     * 未经合法性审查或者经审查不合法的，不得提交讨论 (MD-06): the latest review of the current version passed
     * (or its required changes were all made in it). A consultation never stands in for it. Checked
     * before the state while the draft is still on its way to the meeting.
     */
    public static final Gate<DecisionFacts> TABLING_NEEDS_A_PASSING_REVIEW = Gate.<DecisionFacts>require(
            f -> f.reviewGate().passed(), "review-*",
            f -> Refusal.of("review-" + f.reviewGate().code(), f.reviewGate().messageKey()))
            .onlyIn(DecisionFacts::status, EnumSet.of(DecisionStatus.DRAFTING, DecisionStatus.CONSULTING,
                    DecisionStatus.REVIEWING, DecisionStatus.REVIEWED));

    /**
     * The materials put to the collective decision are complete (MD-07): the draft and its explanation,
     * the adoption summary, the expert opinions, the risk report (and the hearing transcript and poll
     * results where held), each where required.
     */
    public static final Gate<DecisionFacts> MATERIALS_COMPLETE = Gate.require(f -> f.missingMaterials().isEmpty(),
            "materials-incomplete", f -> Refusal.of("materials-incomplete", "decisions.refused.materials-incomplete",
                    material(f.missingMaterials())));

    /** One hearing at a time. */
    public static final Gate<DecisionFacts> NO_HEARING_ANNOUNCED = Gate.require(f -> f.activeHearing().isEmpty(),
            "hearing-announced", "decisions.refused.hearing-announced");

    /** A hearing step needs an announced hearing. */
    public static final Gate<DecisionFacts> A_HEARING_IS_ANNOUNCED = Gate.require(f -> f.activeHearing().isPresent(),
            "no-hearing", "decisions.refused.no-hearing");

    /** 听证参加人名单应当提前公布 (MD-03): published before the hearing is held. */
    public static final Gate<DecisionFacts> PARTICIPANTS_PUBLISHED_IN_ADVANCE = Gate.require(
            f -> f.activeHearing().map(h -> h.participantsPublishedOn() != null
                    && h.participantsPublishedOn().isBefore(h.hearingDate())).orElse(true),
            "participants-unpublished", "decisions.refused.participants-unpublished");

    /**
     * 听证会材料应当于召开听证会7日前送达 (MD-03): delivered on or before the hearing date less 7 days;
     * later, the hearing must be rescheduled.
     */
    public static final Gate<DecisionFacts> MATERIALS_DELIVERED_IN_TIME = Gate.require(
            f -> f.activeHearing().map(Hearing::materialsInTime).orElse(true), "materials-late",
            f -> Refusal.of("materials-late", "decisions.refused.materials-late",
                    f.activeHearing().map(Hearing::lastDeliveryDay).orElse(null), DecisionsRules.HEARING_MATERIALS));

    /** Archived once every implementation milestone is reached. */
    public static final Gate<DecisionFacts> MILESTONES_REACHED = Gate.<DecisionFacts>require(
            f -> f.openMilestones() == 0, "milestones-open",
            f -> Refusal.of("milestones-open", "decisions.refused.milestones-open", String.valueOf(f.openMilestones())))
            .onlyIn(DecisionFacts::status, EnumSet.of(DecisionStatus.IMPLEMENTING));

    /** 及时完整归档 (MD-09): the file holds every record the procedure needs. */
    public static final Gate<DecisionFacts> ARCHIVE_COMPLETE = Gate.require(f -> f.missingArchive().isEmpty(),
            "archive-incomplete", f -> Refusal.of("archive-incomplete", "decisions.refused.archive-incomplete",
                    archiveItem(f.missingArchive()), f.missingArchive().size(), DecisionsRules.ARCHIVE));

    private static Gate<DecisionFacts> procedure(RequiredProcedure p, String code) {
        return Gate.require(f -> !f.outstanding(p), code, f -> Refusal.of(code, "decisions.refused." + code, p.rule()));
    }

    private static DefaultMessageSourceResolvable period(DecisionFacts f) {
        String key = "participation.period." + (f.consultationMinimum().unit() == PeriodUnit.WORKING_DAYS
                ? "working-days" : f.consultationMinimum().unit() == PeriodUnit.MONTHS ? "months" : "days");
        return new DefaultMessageSourceResolvable(new String[] {key}, new Object[] {f.consultationMinimum().amount()});
    }

    private static DefaultMessageSourceResolvable material(List<String> missing) {
        return new DefaultMessageSourceResolvable("decisions.material." + missing.get(0));
    }

    private static DefaultMessageSourceResolvable archiveItem(List<String> missing) {
        return new DefaultMessageSourceResolvable("decisions.archive-item." + missing.get(0));
    }
}
