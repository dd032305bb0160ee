package org.fazhi.litigation.internal;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.litigation.JudicialSuggestion;
import org.fazhi.litigation.SuggestionStatus;
import org.fazhi.shared.procedure.Gate;
import org.fazhi.shared.procedure.Procedure;
import org.fazhi.shared.procedure.Refusal;

/** A judicial suggestion is received, then replied to by the unit's legal staff. */
public final class SuggestionProcedure {

    /** What its gates read. */
    public record Facts(JudicialSuggestion suggestion, boolean actorMayHandle, LocalDate today) {

        public SuggestionStatus status() {
            return suggestion.status();
        }
    }

    public enum Step {
        REPLY
    }

    public static final List<Step> PEOPLE_STEPS = List.of(Step.REPLY);

    public static final Gate<Facts> ONLY_HANDLERS_REPLY = Gate.require(Facts::actorMayHandle, "role",
            "litigation.refused.role");

    public static final Procedure<SuggestionStatus, Step, Facts> PROCEDURE = Procedure
            .of(SuggestionStatus.class, Step.class, Facts::status,
                    (s, step) -> Refusal.of("replied", "litigation.refused.suggestion-replied"))
            .step(Step.REPLY).checkFirst(ONLY_HANDLERS_REPLY).from(SuggestionStatus.RECEIVED).to(SuggestionStatus.REPLIED)
            .build();

    private SuggestionProcedure() {
    }
}
