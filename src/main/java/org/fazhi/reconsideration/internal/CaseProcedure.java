package org.fazhi.reconsideration.internal;

import static org.fazhi.reconsideration.CaseStatus.ABANDONED;
import static org.fazhi.reconsideration.CaseStatus.ACCEPTED;
import static org.fazhi.reconsideration.CaseStatus.AWAITING_CORRECTION;
import static org.fazhi.reconsideration.CaseStatus.DECIDED;
import static org.fazhi.reconsideration.CaseStatus.MEDIATED;
import static org.fazhi.reconsideration.CaseStatus.RECEIVED;
import static org.fazhi.reconsideration.CaseStatus.REFUSED;
import static org.fazhi.reconsideration.CaseStatus.SUSPENDED;
import static org.fazhi.reconsideration.CaseStatus.TERMINATED;
import static org.fazhi.reconsideration.CaseStatus.WITHDRAWN;
import static org.fazhi.reconsideration.internal.CasePolicies.ACCEPTED_ONLY_IN_TIME;
import static org.fazhi.reconsideration.internal.CasePolicies.ANSWERED_ONCE;
import static org.fazhi.reconsideration.internal.CasePolicies.ANSWER_IN_OR_ITS_PERIOD_OVER;
import static org.fazhi.reconsideration.internal.CasePolicies.A_HEARING_IS_DUE;
import static org.fazhi.reconsideration.internal.CasePolicies.A_NORMDOC_REVIEW_IS_OPEN;
import static org.fazhi.reconsideration.internal.CasePolicies.COPY_SENT_FIRST;
import static org.fazhi.reconsideration.internal.CasePolicies.COPY_SENT_ONCE;
import static org.fazhi.reconsideration.internal.CasePolicies.CORRECTION_EXTENDED_ONCE;
import static org.fazhi.reconsideration.internal.CasePolicies.CORRECTION_ONLY_ONCE;
import static org.fazhi.reconsideration.internal.CasePolicies.CORRECTION_PERIOD_OVER;
import static org.fazhi.reconsideration.internal.CasePolicies.EXTENDED_ONCE;
import static org.fazhi.reconsideration.internal.CasePolicies.ISSUER_NOTIFIED_FIRST;
import static org.fazhi.reconsideration.internal.CasePolicies.ISSUER_NOTIFIED_ONCE;
import static org.fazhi.reconsideration.internal.CasePolicies.NORMDOC_REVIEW_READY_TO_CONCLUDE;
import static org.fazhi.reconsideration.internal.CasePolicies.NO_HEARING_PENDING;
import static org.fazhi.reconsideration.internal.CasePolicies.ONE_NORMDOC_REVIEW;
import static org.fazhi.reconsideration.internal.CasePolicies.ONLY_AN_INCOMPETENT_BODY_FORWARDS;
import static org.fazhi.reconsideration.internal.CasePolicies.ONLY_A_COMPETENT_BODY_ASKS_THE_ISSUER;
import static org.fazhi.reconsideration.internal.CasePolicies.ONLY_HANDLERS_TAKE_HANDLING_STEPS;
import static org.fazhi.reconsideration.internal.CasePolicies.ONLY_ORDINARY_CASES_ARE_EXTENDED;
import static org.fazhi.reconsideration.internal.CasePolicies.ONLY_SIMPLIFIED_CASES_ARE_CONVERTED;
import static org.fazhi.reconsideration.internal.CasePolicies.ONLY_THE_APPLICANT_OR_HANDLERS_SUPPLY_CORRECTIONS;
import static org.fazhi.reconsideration.internal.CasePolicies.ONLY_THE_APPLICANT_OR_THE_BODY_SUPPLIES_CORRECTIONS;
import static org.fazhi.reconsideration.internal.CasePolicies.ONLY_THE_BODY_HANDLES_ITS_CASES;
import static org.fazhi.reconsideration.internal.CasePolicies.ONLY_THE_RESPONDENT_OR_THE_BODY_ANSWERS;
import static org.fazhi.reconsideration.internal.CasePolicies.ORDINARY_CASES_HEAR_THE_PARTIES;
import static org.fazhi.reconsideration.internal.CasePolicies.RESUMED_AFTER_THE_NORMDOC_REVIEW;
import static org.fazhi.reconsideration.internal.CasePolicies.REVIEW_PERIOD_OVER;
import static org.fazhi.reconsideration.internal.CasePolicies.SUSPENDED_SIXTY_DAYS;

import java.util.List;
import org.fazhi.reconsideration.CaseStatus;
import org.fazhi.shared.procedure.Procedure;
import org.fazhi.shared.procedure.Refusal;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The procedure of a reconsideration case (行政复议法第三章至第五章): states, steps, the transition
 * table and the gates of each step ({@link CasePolicies}). Every step method calls {@link #PROCEDURE}
 * {@code .next}; the guide calls {@code check} on the same facts.
 *
 * <pre>
 * RECEIVED ──request-correction──▶ AWAITING_CORRECTION ──receive-correction──▶ RECEIVED (review restarts)
 * AWAITING_CORRECTION ──correction-lapsed (system)──▶ ABANDONED
 * RECEIVED ──accept / deem-accepted (system)──▶ ACCEPTED ; ──refuse──▶ REFUSED ; ──withdraw──▶ WITHDRAWN
 * ACCEPTED: send-copy, record-answer, schedule-hearing, record-hearing, record-views, extend, convert
 * ACCEPTED ──suspend / open-normdoc-review──▶ SUSPENDED ──resume──▶ ACCEPTED
 * ACCEPTED ──decide──▶ DECIDED ; ACCEPTED | SUSPENDED ──mediate──▶ MEDIATED ; ──terminate──▶ TERMINATED
 * </pre>
 */
public final class CaseProcedure {

    /** The steps; the last two are taken by the system (the daily deadline scan). */
    public enum Step {
        REQUEST_CORRECTION,
        RECEIVE_CORRECTION,
        EXTEND_CORRECTION,
        ACCEPT,
        REFUSE,
        WITHDRAW,
        SEND_COPY,
        RECORD_ANSWER,
        SCHEDULE_HEARING,
        RECORD_HEARING,
        RECORD_VIEWS,
        EXTEND,
        CONVERT_TO_ORDINARY,
        SUSPEND,
        RESUME,
        OPEN_NORMDOC_REVIEW,
        NOTIFY_ISSUER,
        RECORD_ISSUER_ANSWER,
        FORWARD_NORMDOC,
        CONCLUDE_NORMDOC,
        MEDIATE,
        DECIDE,
        TERMINATE,
        TERMINATE_AFTER_SUSPENSION,
        ISSUE_LETTER,
        ATTACH,
        /** The review period ended without a refusal: 视为受理 (daily deadline scan). */
        DEEM_ACCEPTED,
        /** The 补正 period ended without the materials: 视为放弃 (daily deadline scan). */
        CORRECTION_LAPSED
    }

    /** The steps a person takes, in the order the guide lists them. */
    public static final List<Step> PEOPLE_STEPS = List.of(Step.REQUEST_CORRECTION, Step.RECEIVE_CORRECTION,
            Step.EXTEND_CORRECTION, Step.ACCEPT, Step.REFUSE, Step.WITHDRAW, Step.SEND_COPY, Step.RECORD_ANSWER,
            Step.SCHEDULE_HEARING, Step.RECORD_HEARING, Step.RECORD_VIEWS, Step.EXTEND, Step.CONVERT_TO_ORDINARY,
            Step.SUSPEND, Step.RESUME, Step.OPEN_NORMDOC_REVIEW, Step.NOTIFY_ISSUER, Step.RECORD_ISSUER_ANSWER,
            Step.FORWARD_NORMDOC, Step.CONCLUDE_NORMDOC, Step.MEDIATE, Step.DECIDE, Step.TERMINATE,
            Step.TERMINATE_AFTER_SUSPENSION, Step.ISSUE_LETTER, Step.ATTACH);

    public static final Procedure<CaseStatus, Step, CaseFacts> PROCEDURE = Procedure
            .of(CaseStatus.class, Step.class, CaseFacts::status, CaseProcedure::wrongState)
            .step(Step.REQUEST_CORRECTION).checkFirst(ONLY_HANDLERS_TAKE_HANDLING_STEPS)
                    .checkFirst(ONLY_THE_BODY_HANDLES_ITS_CASES).from(RECEIVED)
                    .gate(CORRECTION_ONLY_ONCE).to(AWAITING_CORRECTION)
            .step(Step.RECEIVE_CORRECTION).checkFirst(ONLY_THE_APPLICANT_OR_HANDLERS_SUPPLY_CORRECTIONS)
                    .checkFirst(ONLY_THE_APPLICANT_OR_THE_BODY_SUPPLIES_CORRECTIONS)
                    .from(AWAITING_CORRECTION).to(RECEIVED)
            .step(Step.EXTEND_CORRECTION).checkFirst(ONLY_HANDLERS_TAKE_HANDLING_STEPS)
                    .checkFirst(ONLY_THE_BODY_HANDLES_ITS_CASES).from(AWAITING_CORRECTION)
                    .gate(CORRECTION_EXTENDED_ONCE).stays()
            .step(Step.ACCEPT).checkFirst(ONLY_HANDLERS_TAKE_HANDLING_STEPS).checkFirst(ONLY_THE_BODY_HANDLES_ITS_CASES)
                    .from(RECEIVED).gate(ACCEPTED_ONLY_IN_TIME).to(ACCEPTED)
            .step(Step.REFUSE).checkFirst(ONLY_HANDLERS_TAKE_HANDLING_STEPS).checkFirst(ONLY_THE_BODY_HANDLES_ITS_CASES)
                    .from(RECEIVED).to(REFUSED)
            .step(Step.WITHDRAW).checkFirst(ONLY_HANDLERS_TAKE_HANDLING_STEPS)
                    .checkFirst(ONLY_THE_BODY_HANDLES_ITS_CASES).from(RECEIVED, AWAITING_CORRECTION).to(WITHDRAWN)
            .step(Step.SEND_COPY).checkFirst(ONLY_HANDLERS_TAKE_HANDLING_STEPS)
                    .checkFirst(ONLY_THE_BODY_HANDLES_ITS_CASES).from(ACCEPTED).gate(COPY_SENT_ONCE).stays()
            .step(Step.RECORD_ANSWER).checkFirst(ONLY_THE_RESPONDENT_OR_THE_BODY_ANSWERS).from(ACCEPTED, SUSPENDED)
                    .gate(COPY_SENT_FIRST).gate(ANSWERED_ONCE).stays()
            .step(Step.SCHEDULE_HEARING).checkFirst(ONLY_HANDLERS_TAKE_HANDLING_STEPS)
                    .checkFirst(ONLY_THE_BODY_HANDLES_ITS_CASES).from(ACCEPTED).gate(COPY_SENT_FIRST)
                    .gate(NO_HEARING_PENDING).stays()
            .step(Step.RECORD_HEARING).checkFirst(ONLY_HANDLERS_TAKE_HANDLING_STEPS)
                    .checkFirst(ONLY_THE_BODY_HANDLES_ITS_CASES).from(ACCEPTED).gate(A_HEARING_IS_DUE).stays()
            .step(Step.RECORD_VIEWS).checkFirst(ONLY_HANDLERS_TAKE_HANDLING_STEPS)
                    .checkFirst(ONLY_THE_BODY_HANDLES_ITS_CASES).from(ACCEPTED).gate(COPY_SENT_FIRST).stays()
            .step(Step.EXTEND).checkFirst(ONLY_HANDLERS_TAKE_HANDLING_STEPS).checkFirst(ONLY_THE_BODY_HANDLES_ITS_CASES)
                    .from(ACCEPTED).gate(ONLY_ORDINARY_CASES_ARE_EXTENDED).gate(EXTENDED_ONCE)
                    .stays()
            .step(Step.CONVERT_TO_ORDINARY).checkFirst(ONLY_HANDLERS_TAKE_HANDLING_STEPS)
                    .checkFirst(ONLY_THE_BODY_HANDLES_ITS_CASES).from(ACCEPTED, SUSPENDED)
                    .gate(ONLY_SIMPLIFIED_CASES_ARE_CONVERTED).stays()
            .step(Step.SUSPEND).checkFirst(ONLY_HANDLERS_TAKE_HANDLING_STEPS)
                    .checkFirst(ONLY_THE_BODY_HANDLES_ITS_CASES).from(ACCEPTED).to(SUSPENDED)
            .step(Step.RESUME).checkFirst(ONLY_HANDLERS_TAKE_HANDLING_STEPS).checkFirst(ONLY_THE_BODY_HANDLES_ITS_CASES)
                    .from(SUSPENDED).gate(RESUMED_AFTER_THE_NORMDOC_REVIEW).to(ACCEPTED)
            .step(Step.OPEN_NORMDOC_REVIEW).checkFirst(ONLY_HANDLERS_TAKE_HANDLING_STEPS)
                    .checkFirst(ONLY_THE_BODY_HANDLES_ITS_CASES).from(ACCEPTED).gate(ONE_NORMDOC_REVIEW).to(SUSPENDED)
            .step(Step.NOTIFY_ISSUER).checkFirst(ONLY_HANDLERS_TAKE_HANDLING_STEPS)
                    .checkFirst(ONLY_THE_BODY_HANDLES_ITS_CASES).from(SUSPENDED).gate(A_NORMDOC_REVIEW_IS_OPEN)
                    .gate(ONLY_A_COMPETENT_BODY_ASKS_THE_ISSUER).gate(ISSUER_NOTIFIED_ONCE).stays()
            .step(Step.RECORD_ISSUER_ANSWER).checkFirst(ONLY_HANDLERS_TAKE_HANDLING_STEPS)
                    .checkFirst(ONLY_THE_BODY_HANDLES_ITS_CASES).from(SUSPENDED).gate(A_NORMDOC_REVIEW_IS_OPEN)
                    .gate(ONLY_A_COMPETENT_BODY_ASKS_THE_ISSUER).gate(ISSUER_NOTIFIED_FIRST).stays()
            .step(Step.FORWARD_NORMDOC).checkFirst(ONLY_HANDLERS_TAKE_HANDLING_STEPS)
                    .checkFirst(ONLY_THE_BODY_HANDLES_ITS_CASES).from(SUSPENDED).gate(A_NORMDOC_REVIEW_IS_OPEN)
                    .gate(ONLY_AN_INCOMPETENT_BODY_FORWARDS).stays()
            .step(Step.CONCLUDE_NORMDOC).checkFirst(ONLY_HANDLERS_TAKE_HANDLING_STEPS)
                    .checkFirst(ONLY_THE_BODY_HANDLES_ITS_CASES).from(SUSPENDED).gate(A_NORMDOC_REVIEW_IS_OPEN)
                    .gate(NORMDOC_REVIEW_READY_TO_CONCLUDE).stays()
            .step(Step.MEDIATE).checkFirst(ONLY_HANDLERS_TAKE_HANDLING_STEPS)
                    .checkFirst(ONLY_THE_BODY_HANDLES_ITS_CASES).from(ACCEPTED, SUSPENDED).to(MEDIATED)
            .step(Step.DECIDE).checkFirst(ONLY_HANDLERS_TAKE_HANDLING_STEPS).checkFirst(ONLY_THE_BODY_HANDLES_ITS_CASES)
                    .from(ACCEPTED).gate(COPY_SENT_FIRST).gate(ANSWER_IN_OR_ITS_PERIOD_OVER)
                    .gate(ORDINARY_CASES_HEAR_THE_PARTIES).to(DECIDED)
            .step(Step.TERMINATE).checkFirst(ONLY_HANDLERS_TAKE_HANDLING_STEPS)
                    .checkFirst(ONLY_THE_BODY_HANDLES_ITS_CASES).from(ACCEPTED, SUSPENDED).to(TERMINATED)
            .step(Step.TERMINATE_AFTER_SUSPENSION).checkFirst(ONLY_HANDLERS_TAKE_HANDLING_STEPS)
                    .checkFirst(ONLY_THE_BODY_HANDLES_ITS_CASES).from(SUSPENDED).gate(SUSPENDED_SIXTY_DAYS)
                    .to(TERMINATED)
            .step(Step.ISSUE_LETTER).checkFirst(ONLY_HANDLERS_TAKE_HANDLING_STEPS)
                    .checkFirst(ONLY_THE_BODY_HANDLES_ITS_CASES).from(ACCEPTED, SUSPENDED, DECIDED, MEDIATED, TERMINATED)
                    .outside(s -> Refusal.of("not-accepted", "reconsideration.refused.letter-not-accepted")).stays()
            .step(Step.ATTACH).checkFirst(ONLY_HANDLERS_TAKE_HANDLING_STEPS).checkFirst(ONLY_THE_BODY_HANDLES_ITS_CASES)
                    .from(RECEIVED, AWAITING_CORRECTION, ACCEPTED, SUSPENDED, DECIDED, MEDIATED, TERMINATED, REFUSED,
                            WITHDRAWN, ABANDONED).stays()
            .step(Step.DEEM_ACCEPTED).from(RECEIVED).gate(REVIEW_PERIOD_OVER).to(ACCEPTED)
            .step(Step.CORRECTION_LAPSED).from(AWAITING_CORRECTION).gate(CORRECTION_PERIOD_OVER).to(ABANDONED)
            .build();

    private CaseProcedure() {
    }

    /** A step's name as the guide, the page and the audit log use it ("request-correction"). */
    public static String name(Step step) {
        return Procedure.name(step);
    }

    private static Refusal wrongState(CaseStatus current, Step step) {
        return Refusal.of("wrong-status", "reconsideration.refused.wrong-status",
                new DefaultMessageSourceResolvable("reconsideration.step." + name(step)),
                new DefaultMessageSourceResolvable("reconsideration.status." + current.name()));
    }
}
