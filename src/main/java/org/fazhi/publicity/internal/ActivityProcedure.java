package org.fazhi.publicity.internal;

import static org.fazhi.publicity.ActivityStatus.ANNOUNCED;
import static org.fazhi.publicity.ActivityStatus.CANCELLED;
import static org.fazhi.publicity.ActivityStatus.HELD;
import static org.fazhi.publicity.ActivityStatus.PLANNED;
import static org.fazhi.publicity.internal.ActivityPolicies.ANNOUNCED_BEFORE_IT_ENDS;
import static org.fazhi.publicity.internal.ActivityPolicies.HELD_ONLY_ONCE_STARTED;
import static org.fazhi.publicity.internal.ActivityPolicies.ONLY_ORGANISERS_TAKE_STEPS;

import java.util.List;
import org.fazhi.publicity.ActivityStatus;
import org.fazhi.shared.procedure.Procedure;
import org.fazhi.shared.procedure.Refusal;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The procedure of a publicity activity: states, steps, the transition table and the gates
 * ({@link ActivityPolicies}).
 *
 * <pre>
 * PLANNED ──announce──▶ ANNOUNCED (on the public calendar)
 * PLANNED | ANNOUNCED ──record-held──▶ HELD (with its reach)
 * PLANNED | ANNOUNCED ──cancel──▶ CANCELLED (with the reason)
 * PLANNED | ANNOUNCED | HELD ──add-material──▶ (same)
 * </pre>
 */
public final class ActivityProcedure {

    /** The steps, all taken by people. */
    public enum Step {
        ANNOUNCE,
        RECORD_HELD,
        CANCEL,
        ADD_MATERIAL
    }

    /** The steps a person takes on the activity's page, in the order the guide lists them. */
    public static final List<Step> PEOPLE_STEPS = List.of(Step.values());

    public static final Procedure<ActivityStatus, Step, ActivityFacts> PROCEDURE = Procedure
            .of(ActivityStatus.class, Step.class, ActivityFacts::status, ActivityProcedure::wrongState)
            .step(Step.ANNOUNCE).checkFirst(ONLY_ORGANISERS_TAKE_STEPS).from(PLANNED)
                    .gate(ANNOUNCED_BEFORE_IT_ENDS).to(ANNOUNCED)
            .step(Step.RECORD_HELD).checkFirst(ONLY_ORGANISERS_TAKE_STEPS).from(PLANNED, ANNOUNCED)
                    .gate(HELD_ONLY_ONCE_STARTED).to(HELD)
            .step(Step.CANCEL).checkFirst(ONLY_ORGANISERS_TAKE_STEPS).from(PLANNED, ANNOUNCED).to(CANCELLED)
            .step(Step.ADD_MATERIAL).checkFirst(ONLY_ORGANISERS_TAKE_STEPS).from(PLANNED, ANNOUNCED, HELD).stays()
            .build();

    private ActivityProcedure() {
    }

    public static String name(Step step) {
        return Procedure.name(step);
    }

    private static Refusal wrongState(ActivityStatus current, Step step) {
        return Refusal.of("wrong-status", "publicity.refused.wrong-status",
                new DefaultMessageSourceResolvable("publicity.status." + current.name()));
    }
}
