package org.fazhi.disputes.internal;

import static org.fazhi.disputes.PetitionStatus.ACCEPTED;
import static org.fazhi.disputes.PetitionStatus.NOT_ACCEPTED;
import static org.fazhi.disputes.PetitionStatus.RECEIVED;
import static org.fazhi.disputes.PetitionStatus.REPLIED;
import static org.fazhi.disputes.PetitionStatus.TRANSFERRED;
import static org.fazhi.disputes.internal.PetitionPolicies.EXTENDED_AT_MOST_ONCE;
import static org.fazhi.disputes.internal.PetitionPolicies.EXTENDED_WITHIN_THE_PERIOD;
import static org.fazhi.disputes.internal.PetitionPolicies.ONLY_PETITION_HANDLERS_TAKE_STEPS;

import java.util.List;
import org.fazhi.disputes.PetitionStatus;
import org.fazhi.shared.procedure.Procedure;
import org.fazhi.shared.procedure.Refusal;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The procedure of a petition (信访工作条例): states, steps, the transition table and the gates
 * ({@link PetitionPolicies}).
 *
 * <pre>
 * RECEIVED ──accept-petition──▶ ACCEPTED ──reply-petition──▶ REPLIED     (PT-01 met; PT-02 runs, then met)
 * RECEIVED ──decline-petition──▶ NOT_ACCEPTED    RECEIVED ──transfer-petition──▶ TRANSFERRED   (PT-01 met)
 * ACCEPTED ──extend-handling──▶ ACCEPTED (once, within the period)
 * </pre>
 */
public final class PetitionProcedure {

    /** The steps, all taken by people. */
    public enum Step {
        ACCEPT_PETITION,
        DECLINE_PETITION,
        TRANSFER_PETITION,
        EXTEND_HANDLING,
        REPLY_PETITION
    }

    public static final List<Step> PEOPLE_STEPS = List.of(Step.values());

    public static final Procedure<PetitionStatus, Step, PetitionFacts> PROCEDURE = Procedure
            .of(PetitionStatus.class, Step.class, PetitionFacts::status, PetitionProcedure::wrongState)
            .step(Step.ACCEPT_PETITION).checkFirst(ONLY_PETITION_HANDLERS_TAKE_STEPS).from(RECEIVED)
                    .outside(PetitionProcedure::decided).to(ACCEPTED)
            .step(Step.DECLINE_PETITION).checkFirst(ONLY_PETITION_HANDLERS_TAKE_STEPS).from(RECEIVED)
                    .outside(PetitionProcedure::decided).to(NOT_ACCEPTED)
            .step(Step.TRANSFER_PETITION).checkFirst(ONLY_PETITION_HANDLERS_TAKE_STEPS).from(RECEIVED)
                    .outside(PetitionProcedure::decided).to(TRANSFERRED)
            .step(Step.EXTEND_HANDLING).checkFirst(ONLY_PETITION_HANDLERS_TAKE_STEPS).from(ACCEPTED)
                    .outside(PetitionProcedure::notHandling).gate(EXTENDED_AT_MOST_ONCE)
                    .gate(EXTENDED_WITHIN_THE_PERIOD).stays()
            .step(Step.REPLY_PETITION).checkFirst(ONLY_PETITION_HANDLERS_TAKE_STEPS).from(ACCEPTED)
                    .outside(PetitionProcedure::notHandling).to(REPLIED)
            .build();

    private PetitionProcedure() {
    }

    public static String name(Step step) {
        return Procedure.name(step);
    }

    private static Refusal decided(PetitionStatus s) {
        return Refusal.of("already-decided", "disputes.refused.petition-decided",
                new DefaultMessageSourceResolvable("disputes.petition-status." + s.name()));
    }

    private static Refusal notHandling(PetitionStatus s) {
        return s == RECEIVED ? Refusal.of("not-accepted", "disputes.refused.petition-not-accepted")
                : wrongState(s, null);
    }

    private static Refusal wrongState(PetitionStatus current, Step step) {
        return Refusal.of("wrong-status", "disputes.refused.petition-wrong-status",
                new DefaultMessageSourceResolvable("disputes.petition-status." + current.name()));
    }
}
