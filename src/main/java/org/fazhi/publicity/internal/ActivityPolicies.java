package org.fazhi.publicity.internal;

import org.fazhi.shared.procedure.Gate;
import org.fazhi.shared.procedure.Refusal;

/** The gates of a publicity activity's procedure, each written once and named as the rule it enforces. */
public final class ActivityPolicies {

    private ActivityPolicies() {
    }

    /** Publicity is carried by the agencies' staff and the 法治办 (谁执法谁普法); leaders read. */
    public static final Gate<ActivityFacts> ONLY_ORGANISERS_TAKE_STEPS = Gate.require(
            ActivityFacts::actorMayOrganise, "role", "publicity.refused.role");

    /** The public calendar announces what is still to come: an activity already over is recorded as held. */
    public static final Gate<ActivityFacts> ANNOUNCED_BEFORE_IT_ENDS = Gate.require(f -> !f.over(), "over",
            f -> Refusal.of("over", "publicity.refused.over", f.activity().endsOn()));

    /** An activity is recorded as held only once its first day has come. */
    public static final Gate<ActivityFacts> HELD_ONLY_ONCE_STARTED = Gate.require(ActivityFacts::started,
            "not-started", f -> Refusal.of("not-started", "publicity.refused.not-started", f.activity().startsOn()));
}
