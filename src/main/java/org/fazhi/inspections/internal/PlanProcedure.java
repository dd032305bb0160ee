package org.fazhi.inspections.internal;

import static org.fazhi.inspections.PlanStatus.DRAWN;
import static org.fazhi.inspections.PlanStatus.PLANNED;
import static org.fazhi.inspections.PlanStatus.PUBLISHED;
import static org.fazhi.inspections.internal.PlanPolicies.DRAWN_BEFORE_THE_PERIOD_ENDS;
import static org.fazhi.inspections.internal.PlanPolicies.EVERY_TASK_HAS_A_RESULT;
import static org.fazhi.inspections.internal.PlanPolicies.ONLY_OFFICERS_CARRY_PLANS;
import static org.fazhi.inspections.internal.PlanPolicies.PAIRS_OF_CERTIFIED_INSPECTORS;
import static org.fazhi.inspections.internal.PlanPolicies.POOL_HOLDS_THE_DRAW;

import java.util.List;
import org.fazhi.inspections.PlanStatus;
import org.fazhi.shared.procedure.Procedure;
import org.fazhi.shared.procedure.Refusal;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The procedure of a random-inspection plan.
 *
 * <pre>
 * PLANNED ──draw──▶ DRAWN ──record-result──▶ DRAWN ──publish-results──▶ PUBLISHED
 * </pre>
 */
public final class PlanProcedure {

    public enum Step {
        DRAW,
        RECORD_RESULT,
        PUBLISH_RESULTS
    }

    public static final List<Step> PEOPLE_STEPS = List.of(Step.DRAW, Step.RECORD_RESULT, Step.PUBLISH_RESULTS);

    public static final Procedure<PlanStatus, Step, PlanFacts> PROCEDURE = Procedure
            .of(PlanStatus.class, Step.class, PlanFacts::status, PlanProcedure::wrongState)
            .step(Step.DRAW).checkFirst(ONLY_OFFICERS_CARRY_PLANS).from(PLANNED).gate(DRAWN_BEFORE_THE_PERIOD_ENDS)
                    .gate(POOL_HOLDS_THE_DRAW).gate(PAIRS_OF_CERTIFIED_INSPECTORS).to(DRAWN)
            .step(Step.RECORD_RESULT).checkFirst(ONLY_OFFICERS_CARRY_PLANS).from(DRAWN).stays()
            .step(Step.PUBLISH_RESULTS).checkFirst(ONLY_OFFICERS_CARRY_PLANS).from(DRAWN).gate(EVERY_TASK_HAS_A_RESULT)
                    .to(PUBLISHED)
            .build();

    private PlanProcedure() {
    }

    public static String name(Step step) {
        return Procedure.name(step);
    }

    private static Refusal wrongState(PlanStatus current, Step step) {
        return Refusal.of("wrong-status", "inspections.refused.wrong-status",
                new DefaultMessageSourceResolvable("inspections.status." + current.name()));
    }
}
