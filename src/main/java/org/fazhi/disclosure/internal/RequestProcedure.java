package org.fazhi.disclosure.internal;

import static org.fazhi.disclosure.RequestStatus.AWAITING_CORRECTION;
import static org.fazhi.disclosure.RequestStatus.CONSULTING;
import static org.fazhi.disclosure.RequestStatus.PROCESSING;
import static org.fazhi.disclosure.RequestStatus.REPLIED;
import static org.fazhi.disclosure.internal.RequestPolicies.CORRECTION_ASKED_ONLY_ONCE;
import static org.fazhi.disclosure.internal.RequestPolicies.EXTENDED_ONLY_ONCE;
import static org.fazhi.disclosure.internal.RequestPolicies.EXTENSION_BEFORE_THE_LIMIT_ENDS;
import static org.fazhi.disclosure.internal.RequestPolicies.ONLY_DISCLOSURE_STAFF_HANDLE;
import static org.fazhi.disclosure.internal.RequestPolicies.ONLY_THE_REQUESTER_ANSWERS;

import java.util.List;
import org.fazhi.disclosure.RequestStatus;
import org.fazhi.shared.procedure.Procedure;
import org.fazhi.shared.procedure.Refusal;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The procedure of a disclosure request (条例第三十条至第三十九条): states, steps and gates
 * ({@link RequestPolicies}).
 *
 * <pre>
 * PROCESSING ──ask-correction (once)──▶ AWAITING_CORRECTION ──receive-correction──▶ PROCESSING (clock restarts)
 * AWAITING_CORRECTION ──answer-correction (the requester, on the portal)──▶ PROCESSING (clock restarts)
 * PROCESSING ──consult──▶ CONSULTING (clock paused) ──end-consultation──▶ PROCESSING (clock resumes)
 * PROCESSING | CONSULTING ──extend (once, before the limit ends)──▶ (stays)
 * PROCESSING | AWAITING_CORRECTION ──reply──▶ REPLIED
 * </pre>
 */
public final class RequestProcedure {

    public enum Step {
        ASK_CORRECTION,
        RECEIVE_CORRECTION,
        ANSWER_CORRECTION,
        CONSULT,
        END_CONSULTATION,
        EXTEND,
        REPLY
    }

    /** The steps a person takes on the request's page, in the order the guide lists them. */
    public static final List<Step> PEOPLE_STEPS = List.of(Step.ASK_CORRECTION, Step.RECEIVE_CORRECTION, Step.CONSULT,
            Step.END_CONSULTATION, Step.EXTEND, Step.REPLY);

    public static final Procedure<RequestStatus, Step, RequestFacts> PROCEDURE = Procedure
            .of(RequestStatus.class, Step.class, RequestFacts::status, RequestProcedure::wrongState)
            .step(Step.ASK_CORRECTION).checkFirst(ONLY_DISCLOSURE_STAFF_HANDLE).from(PROCESSING)
                    .gate(CORRECTION_ASKED_ONLY_ONCE).to(AWAITING_CORRECTION)
            .step(Step.RECEIVE_CORRECTION).checkFirst(ONLY_DISCLOSURE_STAFF_HANDLE).from(AWAITING_CORRECTION)
                    .outside(s -> Refusal.of("no-correction-asked", "disclosure.refused.no-correction-asked"))
                    .to(PROCESSING)
            .step(Step.ANSWER_CORRECTION).checkFirst(ONLY_THE_REQUESTER_ANSWERS).from(AWAITING_CORRECTION)
                    .outside(s -> Refusal.of("no-correction-asked", "disclosure.refused.no-correction-asked"))
                    .to(PROCESSING)
            .step(Step.CONSULT).checkFirst(ONLY_DISCLOSURE_STAFF_HANDLE).from(PROCESSING).to(CONSULTING)
            .step(Step.END_CONSULTATION).checkFirst(ONLY_DISCLOSURE_STAFF_HANDLE).from(CONSULTING)
                    .outside(s -> Refusal.of("not-consulting", "disclosure.refused.not-consulting")).to(PROCESSING)
            .step(Step.EXTEND).checkFirst(ONLY_DISCLOSURE_STAFF_HANDLE).from(PROCESSING, CONSULTING)
                    .gate(EXTENDED_ONLY_ONCE).gate(EXTENSION_BEFORE_THE_LIMIT_ENDS).stays()
            .step(Step.REPLY).checkFirst(ONLY_DISCLOSURE_STAFF_HANDLE).from(PROCESSING, AWAITING_CORRECTION)
                    .to(REPLIED)
            .build();

    private RequestProcedure() {
    }

    public static String name(Step step) {
        return Procedure.name(step);
    }

    private static Refusal wrongState(RequestStatus current, Step step) {
        if (current == REPLIED) {
            return Refusal.of("request-replied", "disclosure.refused.replied");
        }
        if (current == CONSULTING) {
            return Refusal.of("consulting", "disclosure.refused.consulting");
        }
        return Refusal.of("wrong-status", "disclosure.refused.wrong-status",
                new DefaultMessageSourceResolvable("disclosure.status." + current.name()));
    }
}
