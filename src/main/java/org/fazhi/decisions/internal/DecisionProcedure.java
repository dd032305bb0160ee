package org.fazhi.decisions.internal;

import static org.fazhi.decisions.DecisionStatus.ARCHIVED;
import static org.fazhi.decisions.DecisionStatus.CONSULTING;
import static org.fazhi.decisions.DecisionStatus.DECIDED;
import static org.fazhi.decisions.DecisionStatus.DRAFTING;
import static org.fazhi.decisions.DecisionStatus.IMPLEMENTING;
import static org.fazhi.decisions.DecisionStatus.REVIEWED;
import static org.fazhi.decisions.DecisionStatus.REVIEWING;
import static org.fazhi.decisions.DecisionStatus.STOPPED;
import static org.fazhi.decisions.DecisionStatus.SUSPENDED;
import static org.fazhi.decisions.DecisionStatus.TABLED;
import static org.fazhi.decisions.internal.DecisionPolicies.ARCHIVE_COMPLETE;
import static org.fazhi.decisions.internal.DecisionPolicies.A_HEARING_IS_ANNOUNCED;
import static org.fazhi.decisions.internal.DecisionPolicies.ONLY_THE_DECIDING_GOVERNMENT_TABLES;
import static org.fazhi.decisions.internal.DecisionPolicies.CONSULTATION_RUNS_ITS_MINIMUM_PERIOD;
import static org.fazhi.decisions.internal.DecisionPolicies.EVERY_COMMENT_ANSWERED;
import static org.fazhi.decisions.internal.DecisionPolicies.EVERY_EXPERT_OPINION_ANSWERED;
import static org.fazhi.decisions.internal.DecisionPolicies.EXPERTS_HEARD;
import static org.fazhi.decisions.internal.DecisionPolicies.HEARING_HELD;
import static org.fazhi.decisions.internal.DecisionPolicies.MATERIALS_COMPLETE;
import static org.fazhi.decisions.internal.DecisionPolicies.MATERIALS_DELIVERED_IN_TIME;
import static org.fazhi.decisions.internal.DecisionPolicies.MILESTONES_REACHED;
import static org.fazhi.decisions.internal.DecisionPolicies.NO_HEARING_ANNOUNCED;
import static org.fazhi.decisions.internal.DecisionPolicies.NO_HEARING_PENDING;
import static org.fazhi.decisions.internal.DecisionPolicies.ONLY_CARRIERS_TAKE_STEPS;
import static org.fazhi.decisions.internal.DecisionPolicies.ONLY_THE_SPONSOR_OR_DECIDING_GOVERNMENT;
import static org.fazhi.decisions.internal.DecisionPolicies.PARTICIPANTS_PUBLISHED_IN_ADVANCE;
import static org.fazhi.decisions.internal.DecisionPolicies.PARTICIPATION_HELD;
import static org.fazhi.decisions.internal.DecisionPolicies.POLL_DONE;
import static org.fazhi.decisions.internal.DecisionPolicies.RISK_ASSESSED;
import static org.fazhi.decisions.internal.DecisionPolicies.RISK_CONTROLLABLE;
import static org.fazhi.decisions.internal.DecisionPolicies.TABLING_NEEDS_A_PASSING_REVIEW;

import java.util.List;
import org.fazhi.decisions.DecisionStatus;
import org.fazhi.shared.procedure.Procedure;
import org.fazhi.shared.procedure.Refusal;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The procedure of a major administrative decision (重大行政决策程序暂行条例): states, steps, the
 * transition table and each step's gates ({@link DecisionPolicies}). Every step method calls
 * {@link Procedure#next}; the guide calls {@link Procedure#check} on the same facts.
 *
 * <pre>
 * DRAFTING ──open-consultation──▶ CONSULTING ──close-consultation──▶ DRAFTING
 * DRAFTING ──submit-for-review──▶ REVIEWING ──review-concluded──▶ REVIEWED ──table──▶ TABLED
 * TABLED ──decide-passed──▶ DECIDED ──publish──▶ IMPLEMENTING ──archive──▶ ARCHIVED
 * IMPLEMENTING ──suspend──▶ SUSPENDED ──resume──▶ IMPLEMENTING; either ──start-change──▶ DRAFTING (next round)
 * before the decision ──stop──▶ STOPPED ──archive──▶ ARCHIVED
 * </pre>
 */
public final class DecisionProcedure {

    /** The steps; the first group is taken by people, the second by the system or the meeting's record. */
    public enum Step {
        ADD_VERSION,
        EDIT_ATTRIBUTES,
        WAIVE,
        OPEN_CONSULTATION,
        CLOSE_CONSULTATION,
        /** Staff enter a comment received otherwise (the participation page). */
        ENTER_COMMENT,
        /** Staff answer or moderate a comment (the participation page). */
        DISPOSE_COMMENT,
        ANNOUNCE_HEARING,
        PUBLISH_PARTICIPANTS,
        DELIVER_MATERIALS,
        HOLD_HEARING,
        CANCEL_HEARING,
        RECORD_POLL,
        RECORD_ARGUMENTATION,
        ANSWER_EXPERT_OPINION,
        RECORD_RISK_ASSESSMENT,
        SUBMIT_FOR_REVIEW,
        TABLE,
        PUBLISH,
        ADD_MILESTONE,
        REPORT_PROGRESS,
        COMPLETE_MILESTONE,
        EVALUATE,
        SUSPEND,
        RESUME,
        START_CHANGE,
        STOP,
        ARCHIVE,
        /** The daily job closes a window whose closing day has passed. */
        CLOSE_DUE_CONSULTATION,
        /** The review desk concluded (listener, same transaction). */
        REVIEW_CONCLUDED,
        /** The review request was withdrawn (listener, same transaction). */
        REVIEW_WITHDRAWN,
        /** The topic was taken off the agenda, or the meeting called off. */
        UNTABLE,
        /** The meeting passed the draft. */
        DECIDE_PASSED,
        /** The meeting sent the draft back to be revised and discussed again. */
        DECIDE_REVISE,
        /** The meeting did not pass the draft: the procedure ends. */
        DECIDE_NOT_PASSED,
        /** The meeting did not adopt a change (MD-11): the decision in force stays. */
        CHANGE_NOT_ADOPTED
    }

    /** The steps a person takes, in the order the guide lists them. */
    public static final List<Step> PEOPLE_STEPS = List.of(Step.ADD_VERSION, Step.EDIT_ATTRIBUTES, Step.WAIVE,
            Step.OPEN_CONSULTATION, Step.CLOSE_CONSULTATION, Step.ANNOUNCE_HEARING, Step.PUBLISH_PARTICIPANTS,
            Step.DELIVER_MATERIALS, Step.HOLD_HEARING, Step.CANCEL_HEARING, Step.RECORD_POLL,
            Step.RECORD_ARGUMENTATION, Step.ANSWER_EXPERT_OPINION, Step.RECORD_RISK_ASSESSMENT,
            Step.SUBMIT_FOR_REVIEW, Step.TABLE, Step.PUBLISH, Step.ADD_MILESTONE, Step.REPORT_PROGRESS,
            Step.COMPLETE_MILESTONE, Step.EVALUATE, Step.SUSPEND, Step.RESUME, Step.START_CHANGE, Step.STOP,
            Step.ARCHIVE);

    public static final Procedure<DecisionStatus, Step, DecisionFacts> PROCEDURE = build();

    private DecisionProcedure() {
    }

    private static Procedure<DecisionStatus, Step, DecisionFacts> build() {
        Procedure.Builder<DecisionStatus, Step, DecisionFacts> b = Procedure.of(DecisionStatus.class, Step.class,
                DecisionFacts::status, DecisionProcedure::wrongState);
        people(b, Step.ADD_VERSION).from(DRAFTING, REVIEWED).to(DRAFTING);
        people(b, Step.EDIT_ATTRIBUTES).from(DRAFTING).stays();
        people(b, Step.WAIVE).from(DRAFTING, CONSULTING).stays();
        people(b, Step.OPEN_CONSULTATION).from(DRAFTING).to(CONSULTING);
        people(b, Step.CLOSE_CONSULTATION).from(CONSULTING).gate(CONSULTATION_RUNS_ITS_MINIMUM_PERIOD).to(DRAFTING);
        people(b, Step.ENTER_COMMENT).from(CONSULTING)
                .outside(s -> Refusal.of("consultation-closed", "participation.refused.consultation-closed")).stays();
        people(b, Step.DISPOSE_COMMENT).from(DRAFTING, CONSULTING, REVIEWED)
                .outside(s -> Refusal.of("comments-closed", "decisions.refused.comments-closed")).stays();
        people(b, Step.ANNOUNCE_HEARING).from(DRAFTING, CONSULTING).gate(NO_HEARING_ANNOUNCED).stays();
        people(b, Step.PUBLISH_PARTICIPANTS).from(DRAFTING, CONSULTING).gate(A_HEARING_IS_ANNOUNCED).stays();
        people(b, Step.DELIVER_MATERIALS).from(DRAFTING, CONSULTING).gate(A_HEARING_IS_ANNOUNCED).stays();
        people(b, Step.HOLD_HEARING).from(DRAFTING, CONSULTING).gate(A_HEARING_IS_ANNOUNCED)
                .gate(PARTICIPANTS_PUBLISHED_IN_ADVANCE).gate(MATERIALS_DELIVERED_IN_TIME).stays();
        people(b, Step.CANCEL_HEARING).from(DRAFTING, CONSULTING).gate(A_HEARING_IS_ANNOUNCED).stays();
        people(b, Step.RECORD_POLL).from(DRAFTING, CONSULTING).stays();
        people(b, Step.RECORD_ARGUMENTATION).from(DRAFTING, CONSULTING).stays();
        people(b, Step.ANSWER_EXPERT_OPINION).from(DRAFTING, CONSULTING).stays();
        people(b, Step.RECORD_RISK_ASSESSMENT).from(DRAFTING, CONSULTING).stays();
        procedures(people(b, Step.SUBMIT_FOR_REVIEW).from(DRAFTING)).to(REVIEWING);
        procedures(b.step(Step.TABLE).checkFirst(ONLY_CARRIERS_TAKE_STEPS)
                .checkFirst(ONLY_THE_SPONSOR_OR_DECIDING_GOVERNMENT).checkFirst(ONLY_THE_DECIDING_GOVERNMENT_TABLES)
                .checkFirst(TABLING_NEEDS_A_PASSING_REVIEW)
                .from(DRAFTING, REVIEWED)).gate(MATERIALS_COMPLETE).to(TABLED);
        people(b, Step.PUBLISH).from(DECIDED)
                .outside(s -> s == IMPLEMENTING || s == SUSPENDED || s == ARCHIVED ? wrongState(s, Step.PUBLISH)
                        : Refusal.of("not-decided", "decisions.refused.not-decided", DecisionsRules.COLLECTIVE_DECISION))
                .to(IMPLEMENTING);
        people(b, Step.ADD_MILESTONE).from(IMPLEMENTING).stays();
        people(b, Step.REPORT_PROGRESS).from(IMPLEMENTING, SUSPENDED).stays();
        people(b, Step.COMPLETE_MILESTONE).from(IMPLEMENTING).stays();
        people(b, Step.EVALUATE).from(IMPLEMENTING, SUSPENDED).stays();
        people(b, Step.SUSPEND).from(IMPLEMENTING).to(SUSPENDED);
        people(b, Step.RESUME).from(SUSPENDED).to(IMPLEMENTING);
        people(b, Step.START_CHANGE).from(IMPLEMENTING, SUSPENDED)
                .outside(s -> Refusal.of("not-in-force", "decisions.refused.change-not-in-force",
                        DecisionsRules.CHANGE))
                .to(DRAFTING);
        people(b, Step.STOP).from(DRAFTING, CONSULTING, REVIEWING, REVIEWED)
                .outside(s -> s == TABLED || s == DECIDED || s == IMPLEMENTING || s == SUSPENDED
                        ? Refusal.of("decided", "decisions.refused.stop-decided", DecisionsRules.CHANGE)
                        : wrongState(s, Step.STOP))
                .to(STOPPED);
        people(b, Step.ARCHIVE).from(IMPLEMENTING, STOPPED).gate(MILESTONES_REACHED).gate(ARCHIVE_COMPLETE)
                .to(ARCHIVED);
        b.step(Step.CLOSE_DUE_CONSULTATION).from(CONSULTING).gate(CONSULTATION_RUNS_ITS_MINIMUM_PERIOD).to(DRAFTING);
        b.step(Step.REVIEW_CONCLUDED).from(REVIEWING).to(REVIEWED);
        b.step(Step.REVIEW_WITHDRAWN).from(REVIEWING).to(DRAFTING);
        b.step(Step.UNTABLE).from(TABLED).to(REVIEWED);
        b.step(Step.DECIDE_PASSED).from(TABLED).to(DECIDED);
        b.step(Step.DECIDE_REVISE).from(TABLED).to(DRAFTING);
        b.step(Step.DECIDE_NOT_PASSED).from(TABLED).to(STOPPED);
        b.step(Step.CHANGE_NOT_ADOPTED).from(TABLED).to(IMPLEMENTING);
        return b.build();
    }

    private static Procedure.StepBuilder<DecisionStatus, Step, DecisionFacts> people(
            Procedure.Builder<DecisionStatus, Step, DecisionFacts> b, Step step) {
        return b.step(step).checkFirst(ONLY_CARRIERS_TAKE_STEPS).checkFirst(ONLY_THE_SPONSOR_OR_DECIDING_GOVERNMENT);
    }

    /** The procedures the attributes require, each done or waived, before review and again before the meeting. */
    private static Procedure.StepBuilder<DecisionStatus, Step, DecisionFacts> procedures(
            Procedure.StepBuilder<DecisionStatus, Step, DecisionFacts> s) {
        return s.gate(PARTICIPATION_HELD).gate(EVERY_COMMENT_ANSWERED).gate(NO_HEARING_PENDING).gate(HEARING_HELD)
                .gate(POLL_DONE).gate(EXPERTS_HEARD).gate(EVERY_EXPERT_OPINION_ANSWERED).gate(RISK_ASSESSED)
                .gate(RISK_CONTROLLABLE);
    }

    /** A step's name as the guide, the page and the audit log use it ("submit-for-review"). */
    public static String name(Step step) {
        return Procedure.name(step);
    }

    private static Refusal wrongState(DecisionStatus current, Step step) {
        return Refusal.of("wrong-status", "decisions.refused.wrong-status",
                new DefaultMessageSourceResolvable("decisions.status." + current.name()),
                new DefaultMessageSourceResolvable("decisions.step." + name(step)));
    }
}
