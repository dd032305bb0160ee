package org.fazhi.reconsideration.internal;

import java.util.List;
import org.fazhi.reconsideration.LetterStatus;
import org.fazhi.shared.procedure.Gate;
import org.fazhi.shared.procedure.Procedure;
import org.fazhi.shared.procedure.Refusal;

/**
 * The procedure of an opinion or suggestion letter: issued (by the case's {@code issue-letter} step),
 * then the recipient's correction report, due within 60 days of service (RC-08), entered by the
 * recipient or recorded by the body.
 */
public final class LetterProcedure {

    public enum Step {
        REPORT_CORRECTION
    }

    public static final List<Step> PEOPLE_STEPS = List.of(Step.REPORT_CORRECTION);

    /** The recipient reports its correction, or the body records the report it received. */
    public static final Gate<LetterFacts> ONLY_THE_RECIPIENT_OR_THE_BODY_REPORTS = Gate.require(
            f -> f.actorIsRecipient() || f.actorHandles(), "not-party", "reconsideration.refused.not-recipient");

    public static final Procedure<LetterStatus, Step, LetterFacts> PROCEDURE = Procedure
            .of(LetterStatus.class, Step.class, LetterFacts::status,
                    (s, step) -> Refusal.of("reported", "reconsideration.refused.letter-reported"))
            .step(Step.REPORT_CORRECTION).checkFirst(ONLY_THE_RECIPIENT_OR_THE_BODY_REPORTS).from(LetterStatus.ISSUED)
                    .to(LetterStatus.REPORTED)
            .build();

    private LetterProcedure() {
    }
}
