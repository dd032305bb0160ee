package org.fazhi.governance.internal;

import static org.fazhi.governance.FindingStatus.AWAITING_ACCEPTANCE;
import static org.fazhi.governance.FindingStatus.CLOSED;
import static org.fazhi.governance.FindingStatus.OPEN;
import static org.fazhi.governance.FindingStatus.RECTIFYING;
import static org.fazhi.governance.internal.FindingPolicies.ONLY_STAFF_REPORT;
import static org.fazhi.governance.internal.FindingPolicies.ONLY_THE_INSPECTING_UNIT_ACCEPTS;
import static org.fazhi.governance.internal.FindingPolicies.ONLY_THE_OFFICE_ACCEPTS;
import static org.fazhi.governance.internal.FindingPolicies.ONLY_THE_OWNER_UNIT_RECTIFIES;

import java.util.List;
import org.fazhi.governance.FindingStatus;
import org.fazhi.shared.procedure.Procedure;
import org.fazhi.shared.procedure.Refusal;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The procedure of a finding's rectification (整改): states, steps, the transition table and the gates
 * ({@link FindingPolicies}).
 *
 * <pre>
 * OPEN | RECTIFYING ──report-progress──▶ RECTIFYING
 * OPEN | RECTIFYING ──submit-rectification (with evidence)──▶ AWAITING_ACCEPTANCE
 * AWAITING_ACCEPTANCE ──accept──▶ CLOSED      AWAITING_ACCEPTANCE ──return──▶ RECTIFYING
 * </pre>
 */
public final class FindingProcedure {

    public enum Step {
        REPORT_PROGRESS,
        SUBMIT_RECTIFICATION,
        ACCEPT,
        RETURN
    }

    /** The steps a person takes on the finding's page, in the order the guide lists them. */
    public static final List<Step> PEOPLE_STEPS = List.of(Step.values());

    public static final Procedure<FindingStatus, Step, FindingFacts> PROCEDURE = Procedure
            .of(FindingStatus.class, Step.class, FindingFacts::status, FindingProcedure::wrongState)
            .step(Step.REPORT_PROGRESS).checkFirst(ONLY_STAFF_REPORT).checkFirst(ONLY_THE_OWNER_UNIT_RECTIFIES)
                    .from(OPEN, RECTIFYING).outside(FindingProcedure::notRectifying).to(RECTIFYING)
            .step(Step.SUBMIT_RECTIFICATION).checkFirst(ONLY_STAFF_REPORT).checkFirst(ONLY_THE_OWNER_UNIT_RECTIFIES)
                    .from(OPEN, RECTIFYING).outside(FindingProcedure::notRectifying).to(AWAITING_ACCEPTANCE)
            .step(Step.ACCEPT).checkFirst(ONLY_THE_OFFICE_ACCEPTS).checkFirst(ONLY_THE_INSPECTING_UNIT_ACCEPTS)
                    .from(AWAITING_ACCEPTANCE)
                    .outside(s -> Refusal.of("not-submitted", "governance.refused.not-submitted")).to(CLOSED)
            .step(Step.RETURN).checkFirst(ONLY_THE_OFFICE_ACCEPTS).checkFirst(ONLY_THE_INSPECTING_UNIT_ACCEPTS)
                    .from(AWAITING_ACCEPTANCE)
                    .outside(s -> Refusal.of("not-submitted", "governance.refused.not-submitted")).to(RECTIFYING)
            .build();

    private FindingProcedure() {
    }

    public static String name(Step step) {
        return Procedure.name(step);
    }

    private static Refusal notRectifying(FindingStatus s) {
        return s == CLOSED ? Refusal.of("finding-closed", "governance.refused.finding-closed")
                : Refusal.of("awaiting-acceptance", "governance.refused.awaiting-acceptance");
    }

    private static Refusal wrongState(FindingStatus current, Step step) {
        return Refusal.of("wrong-status", "governance.refused.wrong-status",
                new DefaultMessageSourceResolvable("governance.finding-status." + current.name()));
    }
}
