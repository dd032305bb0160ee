package org.fazhi.disputes.internal;

import static org.fazhi.disputes.MediationStatus.AGREED;
import static org.fazhi.disputes.MediationStatus.DECLINED;
import static org.fazhi.disputes.MediationStatus.FAILED;
import static org.fazhi.disputes.MediationStatus.MEDIATING;
import static org.fazhi.disputes.MediationStatus.RECEIVED;
import static org.fazhi.disputes.internal.MediationPolicies.BOTH_SIDES_ON_RECORD;
import static org.fazhi.disputes.internal.MediationPolicies.CONFIRMATION_RECORDED_ONCE;
import static org.fazhi.disputes.internal.MediationPolicies.FULFILMENT_RECORDED_ONCE;
import static org.fazhi.disputes.internal.MediationPolicies.NO_PARTY_REFUSED;
import static org.fazhi.disputes.internal.MediationPolicies.ONLY_CASE_HANDLERS_TAKE_STEPS;

import java.util.List;
import org.fazhi.disputes.MediationStatus;
import org.fazhi.shared.procedure.Procedure;
import org.fazhi.shared.procedure.Refusal;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The procedure of a mediation case (人民调解): states, steps, the transition table and the gates
 * ({@link MediationPolicies}).
 *
 * <pre>
 * RECEIVED ──accept-for-mediation──▶ MEDIATING ──record-agreement──▶ AGREED (PM-01 window on the 督办台)
 * RECEIVED ──decline-mediation──▶ DECLINED        MEDIATING ──record-failure──▶ FAILED
 * RECEIVED | MEDIATING ──add-party / record-refusal──▶ (same)
 * AGREED ──record-confirmation / record-fulfilment──▶ AGREED
 * </pre>
 */
public final class MediationProcedure {

    /** The steps, all taken by people. */
    public enum Step {
        ADD_PARTY,
        RECORD_REFUSAL,
        ACCEPT_FOR_MEDIATION,
        DECLINE_MEDIATION,
        RECORD_AGREEMENT,
        RECORD_FAILURE,
        RECORD_CONFIRMATION,
        RECORD_FULFILMENT
    }

    /** The steps a person takes on the case's page, in the order the guide lists them. */
    public static final List<Step> PEOPLE_STEPS = List.of(Step.values());

    public static final Procedure<MediationStatus, Step, MediationFacts> PROCEDURE = Procedure
            .of(MediationStatus.class, Step.class, MediationFacts::status, MediationProcedure::wrongState)
            .step(Step.ADD_PARTY).checkFirst(ONLY_CASE_HANDLERS_TAKE_STEPS).from(RECEIVED, MEDIATING)
                    .outside(MediationProcedure::closed).stays()
            .step(Step.RECORD_REFUSAL).checkFirst(ONLY_CASE_HANDLERS_TAKE_STEPS).from(RECEIVED, MEDIATING)
                    .outside(MediationProcedure::closed).stays()
            .step(Step.ACCEPT_FOR_MEDIATION).checkFirst(ONLY_CASE_HANDLERS_TAKE_STEPS).from(RECEIVED)
                    .gate(BOTH_SIDES_ON_RECORD).gate(NO_PARTY_REFUSED).to(MEDIATING)
            .step(Step.DECLINE_MEDIATION).checkFirst(ONLY_CASE_HANDLERS_TAKE_STEPS).from(RECEIVED).to(DECLINED)
            .step(Step.RECORD_AGREEMENT).checkFirst(ONLY_CASE_HANDLERS_TAKE_STEPS).from(MEDIATING)
                    .outside(s -> s == RECEIVED ? Refusal.of("not-accepted", "disputes.refused.not-accepted")
                            : wrongState(s, Step.RECORD_AGREEMENT))
                    .gate(NO_PARTY_REFUSED).to(AGREED)
            .step(Step.RECORD_FAILURE).checkFirst(ONLY_CASE_HANDLERS_TAKE_STEPS).from(MEDIATING)
                    .outside(s -> s == RECEIVED ? Refusal.of("not-accepted", "disputes.refused.not-accepted")
                            : wrongState(s, Step.RECORD_FAILURE))
                    .to(FAILED)
            .step(Step.RECORD_CONFIRMATION).checkFirst(ONLY_CASE_HANDLERS_TAKE_STEPS).from(AGREED)
                    .outside(s -> Refusal.of("no-agreement", "disputes.refused.no-agreement"))
                    .gate(CONFIRMATION_RECORDED_ONCE).stays()
            .step(Step.RECORD_FULFILMENT).checkFirst(ONLY_CASE_HANDLERS_TAKE_STEPS).from(AGREED)
                    .outside(s -> Refusal.of("no-agreement", "disputes.refused.no-agreement"))
                    .gate(FULFILMENT_RECORDED_ONCE).stays()
            .build();

    private MediationProcedure() {
    }

    public static String name(Step step) {
        return Procedure.name(step);
    }

    private static Refusal closed(MediationStatus s) {
        return Refusal.of("case-closed", "disputes.refused.case-closed",
                new DefaultMessageSourceResolvable("disputes.case-status." + s.name()));
    }

    private static Refusal wrongState(MediationStatus current, Step step) {
        return Refusal.of("wrong-status", "disputes.refused.case-wrong-status",
                new DefaultMessageSourceResolvable("disputes.case-status." + current.name()));
    }
}
