package org.fazhi.litigation.internal;

import static org.fazhi.litigation.LitigationStatus.APPEALED;
import static org.fazhi.litigation.LitigationStatus.CLOSED;
import static org.fazhi.litigation.LitigationStatus.EFFECTIVE;
import static org.fazhi.litigation.LitigationStatus.JUDGED;
import static org.fazhi.litigation.LitigationStatus.PENDING;
import static org.fazhi.litigation.internal.LitigationPolicies.APPEAL_PERIOD_OVER;
import static org.fazhi.litigation.internal.LitigationPolicies.A_COPY_TO_ANSWER;
import static org.fazhi.litigation.internal.LitigationPolicies.A_HEARING_IS_DUE;
import static org.fazhi.litigation.internal.LitigationPolicies.CLOSED_ONLY_WITHOUT_A_DUTY;
import static org.fazhi.litigation.internal.LitigationPolicies.DEFENDED_ONCE;
import static org.fazhi.litigation.internal.LitigationPolicies.HELD_HEARINGS_RECORDED;
import static org.fazhi.litigation.internal.LitigationPolicies.NO_HEARING_PENDING;
import static org.fazhi.litigation.internal.LitigationPolicies.ONLY_AN_APPEALABLE_JUDGMENT;
import static org.fazhi.litigation.internal.LitigationPolicies.ONLY_A_JUDGMENT_TO_PERFORM;
import static org.fazhi.litigation.internal.LitigationPolicies.ONLY_HANDLERS_CARRY_THE_DEFENCE;

import java.util.List;
import org.fazhi.litigation.LitigationStatus;
import org.fazhi.shared.procedure.Procedure;
import org.fazhi.shared.procedure.Refusal;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The procedure of one instance of a suit from the defendant's side:
 * <pre>
 * PENDING: submit-defence, schedule-hearing, record-appearance ──record-judgment──▶ JUDGED
 * JUDGED ──appeal──▶ APPEALED (the next instance is a case of its own) ; ──become-effective──▶ EFFECTIVE
 * EFFECTIVE ──record-fulfilment / close-without-performance──▶ CLOSED
 * </pre>
 */
public final class LitigationProcedure {

    public enum Step {
        SUBMIT_DEFENCE,
        SCHEDULE_HEARING,
        RECORD_APPEARANCE,
        RECORD_JUDGMENT,
        APPEAL,
        BECOME_EFFECTIVE,
        RECORD_FULFILMENT,
        CLOSE_WITHOUT_PERFORMANCE
    }

    public static final List<Step> PEOPLE_STEPS = List.of(Step.values());

    public static final Procedure<LitigationStatus, Step, LitigationFacts> PROCEDURE = Procedure
            .of(LitigationStatus.class, Step.class, LitigationFacts::status, LitigationProcedure::wrongState)
            .step(Step.SUBMIT_DEFENCE).checkFirst(ONLY_HANDLERS_CARRY_THE_DEFENCE).from(PENDING).gate(A_COPY_TO_ANSWER)
                    .gate(DEFENDED_ONCE).stays()
            .step(Step.SCHEDULE_HEARING).checkFirst(ONLY_HANDLERS_CARRY_THE_DEFENCE).from(PENDING)
                    .gate(NO_HEARING_PENDING).stays()
            .step(Step.RECORD_APPEARANCE).checkFirst(ONLY_HANDLERS_CARRY_THE_DEFENCE).from(PENDING)
                    .gate(A_HEARING_IS_DUE).stays()
            .step(Step.RECORD_JUDGMENT).checkFirst(ONLY_HANDLERS_CARRY_THE_DEFENCE).from(PENDING)
                    .gate(HELD_HEARINGS_RECORDED).to(JUDGED)
            .step(Step.APPEAL).checkFirst(ONLY_HANDLERS_CARRY_THE_DEFENCE).from(JUDGED)
                    .gate(ONLY_AN_APPEALABLE_JUDGMENT).to(APPEALED)
            .step(Step.BECOME_EFFECTIVE).checkFirst(ONLY_HANDLERS_CARRY_THE_DEFENCE).from(JUDGED)
                    .gate(APPEAL_PERIOD_OVER).to(EFFECTIVE)
            .step(Step.RECORD_FULFILMENT).checkFirst(ONLY_HANDLERS_CARRY_THE_DEFENCE).from(EFFECTIVE)
                    .gate(ONLY_A_JUDGMENT_TO_PERFORM).to(CLOSED)
            .step(Step.CLOSE_WITHOUT_PERFORMANCE).checkFirst(ONLY_HANDLERS_CARRY_THE_DEFENCE).from(EFFECTIVE)
                    .gate(CLOSED_ONLY_WITHOUT_A_DUTY).to(CLOSED)
            .build();

    private LitigationProcedure() {
    }

    public static String name(Step step) {
        return Procedure.name(step);
    }

    private static Refusal wrongState(LitigationStatus current, Step step) {
        return Refusal.of("wrong-status", "litigation.refused.wrong-status",
                new DefaultMessageSourceResolvable("litigation.step." + name(step)),
                new DefaultMessageSourceResolvable("litigation.status." + current.name()));
    }
}
