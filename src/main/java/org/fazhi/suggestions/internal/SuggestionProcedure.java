package org.fazhi.suggestions.internal;

import static org.fazhi.suggestions.SuggestionStatus.ANSWERED;
import static org.fazhi.suggestions.SuggestionStatus.CLOSED;
import static org.fazhi.suggestions.SuggestionStatus.HANDLING;
import static org.fazhi.suggestions.SuggestionStatus.REGISTERED;
import static org.fazhi.suggestions.SuggestionStatus.REHANDLING;
import static org.fazhi.suggestions.internal.SuggestionPolicies.LEAD_OR_COORDINATOR;
import static org.fazhi.suggestions.internal.SuggestionPolicies.LONGER_LIMIT_BEFORE_THE_FIRST_ENDS;
import static org.fazhi.suggestions.internal.SuggestionPolicies.LONGER_LIMIT_ONLY_ONCE;
import static org.fazhi.suggestions.internal.SuggestionPolicies.ONLY_A_CO_UNIT_GIVES_AN_OPINION;
import static org.fazhi.suggestions.internal.SuggestionPolicies.ONLY_HANDLING_STAFF;
import static org.fazhi.suggestions.internal.SuggestionPolicies.ONLY_THE_COORDINATOR_ASSIGNS;
import static org.fazhi.suggestions.internal.SuggestionPolicies.ONLY_THE_LEAD_UNIT_ANSWERS;
import static org.fazhi.suggestions.internal.SuggestionPolicies.OPINION_ONCE_PER_ROUND;
import static org.fazhi.suggestions.internal.SuggestionPolicies.PUBLISHED_ONCE;

import java.util.List;
import org.fazhi.shared.procedure.Procedure;
import org.fazhi.shared.procedure.Refusal;
import org.fazhi.suggestions.SuggestionStatus;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The handling of a suggestion or proposal: states, steps and gates ({@link SuggestionPolicies}).
 *
 * <pre>
 * REGISTERED ──assign (交办)──▶ HANDLING (clock NP-01 / NP-02)
 * HANDLING | REHANDLING ──opinion (会办意见)──▶ (stays)
 * HANDLING ──extend (the longer limit, before the first ends)──▶ (stays)
 * HANDLING | REHANDLING ──answer (答复)──▶ ANSWERED (clock met)
 * ANSWERED ──close (反馈: 满意 / 基本满意)──▶ CLOSED (办结)
 * ANSWERED ──rehandle (反馈: 不满意)──▶ REHANDLING (重新办理, a new clock)
 * ANSWERED | CLOSED ──publish (公开答复)──▶ (stays)
 * </pre>
 */
public final class SuggestionProcedure {

    public enum Step {
        ASSIGN,
        OPINION,
        EXTEND,
        ANSWER,
        CLOSE,
        REHANDLE,
        PUBLISH
    }

    /** The steps a person takes on the suggestion's page, in the order the guide lists them. */
    public static final List<Step> PEOPLE_STEPS = List.of(Step.values());

    public static final Procedure<SuggestionStatus, Step, SuggestionFacts> PROCEDURE = Procedure
            .of(SuggestionStatus.class, Step.class, SuggestionFacts::status, SuggestionProcedure::wrongState)
            .step(Step.ASSIGN).checkFirst(ONLY_HANDLING_STAFF).checkFirst(ONLY_THE_COORDINATOR_ASSIGNS)
                    .from(REGISTERED).to(HANDLING)
            .step(Step.OPINION).checkFirst(ONLY_HANDLING_STAFF).checkFirst(ONLY_A_CO_UNIT_GIVES_AN_OPINION)
                    .from(HANDLING, REHANDLING).gate(OPINION_ONCE_PER_ROUND).stays()
            .step(Step.EXTEND).checkFirst(ONLY_HANDLING_STAFF).checkFirst(ONLY_THE_LEAD_UNIT_ANSWERS).from(HANDLING)
                    .gate(LONGER_LIMIT_ONLY_ONCE).gate(LONGER_LIMIT_BEFORE_THE_FIRST_ENDS).stays()
            .step(Step.ANSWER).checkFirst(ONLY_HANDLING_STAFF).checkFirst(ONLY_THE_LEAD_UNIT_ANSWERS)
                    .from(HANDLING, REHANDLING).to(ANSWERED)
            .step(Step.CLOSE).checkFirst(ONLY_HANDLING_STAFF).checkFirst(LEAD_OR_COORDINATOR).from(ANSWERED)
                    .outside(SuggestionProcedure::notAnswered).to(CLOSED)
            .step(Step.REHANDLE).checkFirst(ONLY_HANDLING_STAFF).checkFirst(LEAD_OR_COORDINATOR).from(ANSWERED)
                    .outside(SuggestionProcedure::notAnswered).to(REHANDLING)
            .step(Step.PUBLISH).checkFirst(ONLY_HANDLING_STAFF).checkFirst(LEAD_OR_COORDINATOR).from(ANSWERED, CLOSED)
                    .outside(SuggestionProcedure::notAnswered)
                    .gate(PUBLISHED_ONCE).stays()
            .build();

    private SuggestionProcedure() {
    }

    public static String name(Step step) {
        return Procedure.name(step);
    }

    private static Refusal notAnswered(SuggestionStatus current) {
        return current == CLOSED ? Refusal.of("suggestion-closed", "suggestions.refused.closed")
                : Refusal.of("not-answered", "suggestions.refused.not-answered");
    }

    private static Refusal wrongState(SuggestionStatus current, Step step) {
        if (current == CLOSED) {
            return Refusal.of("suggestion-closed", "suggestions.refused.closed");
        }
        return Refusal.of("wrong-status", "suggestions.refused.wrong-status",
                new DefaultMessageSourceResolvable("suggestions.status." + current.name()));
    }
}
