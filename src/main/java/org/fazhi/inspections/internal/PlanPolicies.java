package org.fazhi.inspections.internal;

import java.util.Optional;
import org.fazhi.shared.procedure.Gate;
import org.fazhi.shared.procedure.Refusal;

/** The gates of an inspection plan, each named as the rule it enforces. */
public final class PlanPolicies {

    private PlanPolicies() {
    }

    /** Plans are drawn and carried out by the agency's enforcement officers. */
    public static final Gate<PlanFacts> ONLY_OFFICERS_CARRY_PLANS = Gate.require(PlanFacts::actorCarries, "role",
            "inspections.refused.role");

    /** Every object is inspected by a pair (PN-01): the inspector pool holds at least two valid officers. */
    public static final Gate<PlanFacts> PAIRS_OF_CERTIFIED_INSPECTORS = Gate.require(
            f -> f.inspectorPool() >= f.minimumInspectors(), "too-few-inspectors",
            f -> Refusal.of("too-few-inspectors", "inspections.refused.too-few-inspectors",
                    String.valueOf(f.inspectorPool()), String.valueOf(f.minimumInspectors()), InspectionRules.TWO_OFFICERS));

    /** The roster holds the objects to draw. */
    public static final Gate<PlanFacts> POOL_HOLDS_THE_DRAW = Gate.of("pool-too-small", f -> {
        if (f.objectPool() == 0 || f.toDraw() > f.objectPool()) {
            return Optional.of(Refusal.of("pool-too-small", "inspections.refused.pool-too-small",
                    String.valueOf(f.objectPool()), String.valueOf(f.toDraw())));
        }
        return Optional.empty();
    });

    /** A plan is drawn before its period ends. */
    public static final Gate<PlanFacts> DRAWN_BEFORE_THE_PERIOD_ENDS = Gate.require(
            f -> !f.today().isAfter(f.plan().endsOn()), "plan-over",
            f -> Refusal.of("plan-over", "inspections.refused.plan-over", f.plan().endsOn()));

    /** Results are published once every task has one (一公开). */
    public static final Gate<PlanFacts> EVERY_TASK_HAS_A_RESULT = Gate.require(f -> f.pendingTasks() == 0,
            "results-missing", f -> Refusal.of("results-missing", "inspections.refused.results-missing",
                    String.valueOf(f.pendingTasks())));
}
