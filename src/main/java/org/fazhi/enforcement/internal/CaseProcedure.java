package org.fazhi.enforcement.internal;

import static org.fazhi.enforcement.CaseStatus.ARCHIVED;
import static org.fazhi.enforcement.CaseStatus.CLOSED;
import static org.fazhi.enforcement.CaseStatus.DECIDED;
import static org.fazhi.enforcement.CaseStatus.EXECUTED;
import static org.fazhi.enforcement.CaseStatus.INVESTIGATING;
import static org.fazhi.enforcement.CaseStatus.IN_REVIEW;
import static org.fazhi.enforcement.CaseStatus.NOTIFIED;
import static org.fazhi.enforcement.CaseStatus.REVIEWED;
import static org.fazhi.enforcement.CaseStatus.SERVED;
import static org.fazhi.enforcement.internal.CasePolicies.CHANGED_AND_PUBLISHED;
import static org.fazhi.enforcement.internal.CasePolicies.CHANGED_ONCE;
import static org.fazhi.enforcement.internal.CasePolicies.DEADLINE_EXTENDABLE;
import static org.fazhi.enforcement.internal.CasePolicies.DISCUSSED_WHEN_COMPLEX_OR_MAJOR;
import static org.fazhi.enforcement.internal.CasePolicies.EXECUTED_BEFORE_CLOSING;
import static org.fazhi.enforcement.internal.CasePolicies.HEARING_ASKED;
import static org.fazhi.enforcement.internal.CasePolicies.HEARING_ASKED_IN_TIME;
import static org.fazhi.enforcement.internal.CasePolicies.HEARING_DAY_CAME;
import static org.fazhi.enforcement.internal.CasePolicies.HEARING_RIGHT;
import static org.fazhi.enforcement.internal.CasePolicies.LISTED_CASES_ARE_NOT_PENALISED;
import static org.fazhi.enforcement.internal.CasePolicies.NOTIFIED_BEFORE_ADVERSE_DECISION;
import static org.fazhi.enforcement.internal.CasePolicies.NOT_CONCERNING_A_MINOR;
import static org.fazhi.enforcement.internal.CasePolicies.ONLY_OFFICERS_CARRY_CASES;
import static org.fazhi.enforcement.internal.CasePolicies.PARTY_HEARD;
import static org.fazhi.enforcement.internal.CasePolicies.PARTY_WINDOW_RUNNING;
import static org.fazhi.enforcement.internal.CasePolicies.PROPOSAL_MADE;
import static org.fazhi.enforcement.internal.CasePolicies.PUBLISHED_ONCE;
import static org.fazhi.enforcement.internal.CasePolicies.RECORD_COMPLETE;
import static org.fazhi.enforcement.internal.CasePolicies.REVIEWED_WHEN_REQUIRED;
import static org.fazhi.enforcement.internal.CasePolicies.SOMETHING_TO_EXECUTE;
import static org.fazhi.enforcement.internal.CasePolicies.TWO_CERTIFIED_OFFICERS;
import static org.fazhi.enforcement.internal.CasePolicies.WITHIN_BENCHMARK_OR_REASONED;

import java.util.List;
import org.fazhi.enforcement.CaseStatus;
import org.fazhi.shared.procedure.Procedure;
import org.fazhi.shared.procedure.Refusal;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The procedure of an enforcement case: states, steps, the transition table and the gates of each
 * step ({@link CasePolicies}). Every step method calls {@link Procedure#next}; the guide calls
 * {@link Procedure#check} on the same facts.
 *
 * <pre>
 * INVESTIGATING ──notify──▶ NOTIFIED ──submit-for-review──▶ IN_REVIEW ──review-concluded──▶ REVIEWED
 * NOTIFIED | REVIEWED ──revise-proposal──▶ NOTIFIED
 * INVESTIGATING | NOTIFIED | REVIEWED ──decide──▶ DECIDED ──serve──▶ SERVED ──execute──▶ EXECUTED
 * SERVED | EXECUTED ──close──▶ CLOSED ──archive──▶ ARCHIVED
 * INVESTIGATING | NOTIFIED | REVIEWED ──terminate──▶ CLOSED
 * (the summary procedure opens a case already decided and served on the spot)
 * </pre>
 */
public final class CaseProcedure {

    /** The steps; the last two are taken by the system when the review desk acts. */
    public enum Step {
        ASSIGN_TEAM,
        RECORD_ACT,
        ADD_EVIDENCE,
        SUPERSEDE_EVIDENCE,
        PROPOSE,
        REVISE_PROPOSAL,
        NOTIFY,
        WAIVE_STATEMENT,
        REQUEST_HEARING,
        SCHEDULE_HEARING,
        HOLD_HEARING,
        SUBMIT_FOR_REVIEW,
        DISCUSS,
        DECIDE,
        SERVE,
        EXECUTE,
        CLOSE,
        TERMINATE,
        ARCHIVE,
        EXTEND_DEADLINE,
        PUBLISH,
        CHANGE_DECISION,
        WITHDRAW_PUBLICATION,
        REVIEW_CONCLUDED,
        REVIEW_WITHDRAWN
    }

    /** The steps a person takes, in the order the guide lists them. */
    public static final List<Step> PEOPLE_STEPS = List.of(Step.ASSIGN_TEAM, Step.RECORD_ACT, Step.ADD_EVIDENCE,
            Step.SUPERSEDE_EVIDENCE, Step.PROPOSE, Step.REVISE_PROPOSAL, Step.NOTIFY, Step.WAIVE_STATEMENT,
            Step.REQUEST_HEARING, Step.SCHEDULE_HEARING, Step.HOLD_HEARING, Step.SUBMIT_FOR_REVIEW, Step.DISCUSS,
            Step.DECIDE, Step.SERVE, Step.EXECUTE, Step.CLOSE, Step.TERMINATE, Step.ARCHIVE, Step.EXTEND_DEADLINE,
            Step.PUBLISH, Step.CHANGE_DECISION, Step.WITHDRAW_PUBLICATION);

    private static final CaseStatus[] AFTER_DECISION = {DECIDED, SERVED, EXECUTED, CLOSED, ARCHIVED};

    public static final Procedure<CaseStatus, Step, CaseFacts> PROCEDURE = Procedure
            .of(CaseStatus.class, Step.class, CaseFacts::status, CaseProcedure::wrongState)
            .step(Step.ASSIGN_TEAM).checkFirst(ONLY_OFFICERS_CARRY_CASES).fromAllBut(CLOSED, ARCHIVED).stays()
            .step(Step.RECORD_ACT).checkFirst(ONLY_OFFICERS_CARRY_CASES).from(INVESTIGATING, NOTIFIED)
                    .gate(TWO_CERTIFIED_OFFICERS).stays()
            .step(Step.ADD_EVIDENCE).checkFirst(ONLY_OFFICERS_CARRY_CASES).fromAllBut(ARCHIVED).stays()
            .step(Step.SUPERSEDE_EVIDENCE).checkFirst(ONLY_OFFICERS_CARRY_CASES).fromAllBut(ARCHIVED).stays()
            .step(Step.PROPOSE).checkFirst(ONLY_OFFICERS_CARRY_CASES).from(INVESTIGATING).stays()
            .step(Step.REVISE_PROPOSAL).checkFirst(ONLY_OFFICERS_CARRY_CASES).from(NOTIFIED, REVIEWED).to(NOTIFIED)
            .step(Step.NOTIFY).checkFirst(ONLY_OFFICERS_CARRY_CASES).from(INVESTIGATING).gate(PROPOSAL_MADE)
                    .gate(LISTED_CASES_ARE_NOT_PENALISED).gate(WITHIN_BENCHMARK_OR_REASONED)
                    .gate(TWO_CERTIFIED_OFFICERS).to(NOTIFIED)
            .step(Step.WAIVE_STATEMENT).checkFirst(ONLY_OFFICERS_CARRY_CASES).from(NOTIFIED).gate(PARTY_WINDOW_RUNNING)
                    .stays()
            .step(Step.REQUEST_HEARING).checkFirst(ONLY_OFFICERS_CARRY_CASES).from(NOTIFIED).gate(HEARING_RIGHT)
                    .gate(HEARING_ASKED_IN_TIME).stays()
            .step(Step.SCHEDULE_HEARING).checkFirst(ONLY_OFFICERS_CARRY_CASES).from(NOTIFIED).gate(HEARING_ASKED)
                    .stays()
            .step(Step.HOLD_HEARING).checkFirst(ONLY_OFFICERS_CARRY_CASES).from(NOTIFIED).gate(HEARING_DAY_CAME)
                    .stays()
            .step(Step.SUBMIT_FOR_REVIEW).checkFirst(ONLY_OFFICERS_CARRY_CASES).from(NOTIFIED, INVESTIGATING)
                    .gate(PROPOSAL_MADE).gate(LISTED_CASES_ARE_NOT_PENALISED).gate(WITHIN_BENCHMARK_OR_REASONED)
                    .gate(NOTIFIED_BEFORE_ADVERSE_DECISION).gate(PARTY_HEARD).to(IN_REVIEW)
            .step(Step.DISCUSS).checkFirst(ONLY_OFFICERS_CARRY_CASES).from(INVESTIGATING, NOTIFIED, REVIEWED)
                    .gate(PROPOSAL_MADE).gate(PARTY_HEARD).gate(REVIEWED_WHEN_REQUIRED).stays()
            .step(Step.DECIDE).checkFirst(ONLY_OFFICERS_CARRY_CASES).from(INVESTIGATING, NOTIFIED, REVIEWED)
                    .gate(PROPOSAL_MADE).gate(LISTED_CASES_ARE_NOT_PENALISED).gate(WITHIN_BENCHMARK_OR_REASONED)
                    .gate(NOTIFIED_BEFORE_ADVERSE_DECISION).gate(PARTY_HEARD).gate(REVIEWED_WHEN_REQUIRED)
                    .gate(DISCUSSED_WHEN_COMPLEX_OR_MAJOR).gate(TWO_CERTIFIED_OFFICERS).to(DECIDED)
            .step(Step.SERVE).checkFirst(ONLY_OFFICERS_CARRY_CASES).from(DECIDED).to(SERVED)
            .step(Step.EXECUTE).checkFirst(ONLY_OFFICERS_CARRY_CASES).from(SERVED).gate(SOMETHING_TO_EXECUTE)
                    .to(EXECUTED)
            .step(Step.CLOSE).checkFirst(ONLY_OFFICERS_CARRY_CASES).from(SERVED, EXECUTED).gate(EXECUTED_BEFORE_CLOSING)
                    .to(CLOSED)
            .step(Step.TERMINATE).checkFirst(ONLY_OFFICERS_CARRY_CASES).from(INVESTIGATING, NOTIFIED, REVIEWED)
                    .to(CLOSED)
            .step(Step.ARCHIVE).checkFirst(ONLY_OFFICERS_CARRY_CASES).from(CLOSED).gate(RECORD_COMPLETE).to(ARCHIVED)
            .step(Step.EXTEND_DEADLINE).checkFirst(ONLY_OFFICERS_CARRY_CASES)
                    .from(INVESTIGATING, NOTIFIED, IN_REVIEW, REVIEWED).gate(DEADLINE_EXTENDABLE).stays()
            .step(Step.PUBLISH).checkFirst(ONLY_OFFICERS_CARRY_CASES).from(AFTER_DECISION)
                    .outside(s -> Refusal.of("not-decided", "enforcement.refused.not-decided"))
                    .gate(NOT_CONCERNING_A_MINOR).gate(PUBLISHED_ONCE).stays()
            .step(Step.CHANGE_DECISION).checkFirst(ONLY_OFFICERS_CARRY_CASES).from(AFTER_DECISION)
                    .outside(s -> Refusal.of("not-decided", "enforcement.refused.not-decided")).gate(CHANGED_ONCE)
                    .stays()
            .step(Step.WITHDRAW_PUBLICATION).checkFirst(ONLY_OFFICERS_CARRY_CASES).from(AFTER_DECISION)
                    .outside(s -> Refusal.of("not-decided", "enforcement.refused.not-decided"))
                    .gate(CHANGED_AND_PUBLISHED).stays()
            .step(Step.REVIEW_CONCLUDED).from(IN_REVIEW).to(REVIEWED)
            .step(Step.REVIEW_WITHDRAWN).from(IN_REVIEW).to(NOTIFIED)
            .build();

    private CaseProcedure() {
    }

    public static String name(Step step) {
        return Procedure.name(step);
    }

    private static Refusal wrongState(CaseStatus current, Step step) {
        return Refusal.of("wrong-status", "enforcement.refused.wrong-status",
                new DefaultMessageSourceResolvable("enforcement.step." + Procedure.name(step)),
                new DefaultMessageSourceResolvable("enforcement.status." + current.name()));
    }
}
