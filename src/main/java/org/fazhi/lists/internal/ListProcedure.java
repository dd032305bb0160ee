package org.fazhi.lists.internal;

import static org.fazhi.lists.ListVersionStatus.DRAFTING;
import static org.fazhi.lists.ListVersionStatus.REVIEWED;
import static org.fazhi.lists.ListVersionStatus.REVIEWING;
import static org.fazhi.lists.ListVersionStatus.WITHDRAWN;
import static org.fazhi.lists.ListVersionStatus.PUBLISHED;
import static org.fazhi.lists.internal.ListPolicies.LIST_NOT_EMPTY;
import static org.fazhi.lists.internal.ListPolicies.ONLY_LIST_KEEPERS_TAKE_STEPS;
import static org.fazhi.lists.internal.ListPolicies.ONLY_THE_LIST_UNIT_ADJUSTS_ITS_LIST;
import static org.fazhi.lists.internal.ListPolicies.PARTICIPATION_HELD_WHERE_REQUIRED;
import static org.fazhi.lists.internal.ListPolicies.PUBLICATION_NEEDS_A_LAWFUL_REVIEW_OF_THIS_CONTENT;

import java.util.List;
import org.fazhi.lists.ListVersionStatus;
import org.fazhi.shared.procedure.Procedure;
import org.fazhi.shared.procedure.Refusal;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The procedure of a list adjustment (清单动态调整): states, steps, the transition table and the
 * gates of each step ({@link ListPolicies}).
 *
 * <pre>
 * DRAFTING ──edit / record-participation──▶ DRAFTING ──submit-for-review──▶ REVIEWING
 * REVIEWING ──review-concluded──▶ REVIEWED ──revise──▶ DRAFTING
 * DRAFTING | REVIEWED ──publish (a lawful review of exactly this content)──▶ PUBLISHED
 * DRAFTING | REVIEWED ──withdraw──▶ WITHDRAWN
 * </pre>
 */
public final class ListProcedure {

    /** The steps; the first group is taken by people, the last two by the review desk's events. */
    public enum Step {
        EDIT,
        RECORD_PARTICIPATION,
        SUBMIT_FOR_REVIEW,
        REVISE,
        PUBLISH,
        WITHDRAW,
        REVIEW_CONCLUDED,
        REVIEW_WITHDRAWN
    }

    /** The steps a person takes, in the order the guide lists them. */
    public static final List<Step> PEOPLE_STEPS = List.of(Step.EDIT, Step.RECORD_PARTICIPATION,
            Step.SUBMIT_FOR_REVIEW, Step.REVISE, Step.PUBLISH, Step.WITHDRAW);

    public static final Procedure<ListVersionStatus, Step, ListFacts> PROCEDURE = Procedure
            .of(ListVersionStatus.class, Step.class, ListFacts::status, ListProcedure::wrongState)
            .step(Step.EDIT).checkFirst(ONLY_LIST_KEEPERS_TAKE_STEPS).checkFirst(ONLY_THE_LIST_UNIT_ADJUSTS_ITS_LIST)
                    .from(DRAFTING).outside(s -> Refusal.of("not-drafting", "lists.refused.not-drafting")).stays()
            .step(Step.RECORD_PARTICIPATION).checkFirst(ONLY_LIST_KEEPERS_TAKE_STEPS)
                    .checkFirst(ONLY_THE_LIST_UNIT_ADJUSTS_ITS_LIST).from(DRAFTING)
                    .outside(s -> Refusal.of("not-drafting", "lists.refused.not-drafting")).stays()
            .step(Step.SUBMIT_FOR_REVIEW).checkFirst(ONLY_LIST_KEEPERS_TAKE_STEPS)
                    .checkFirst(ONLY_THE_LIST_UNIT_ADJUSTS_ITS_LIST).from(DRAFTING).gate(LIST_NOT_EMPTY)
                    .gate(PARTICIPATION_HELD_WHERE_REQUIRED).to(REVIEWING)
            .step(Step.REVISE).checkFirst(ONLY_LIST_KEEPERS_TAKE_STEPS).checkFirst(ONLY_THE_LIST_UNIT_ADJUSTS_ITS_LIST)
                    .from(REVIEWED).to(DRAFTING)
            .step(Step.PUBLISH).checkFirst(ONLY_LIST_KEEPERS_TAKE_STEPS).checkFirst(ONLY_THE_LIST_UNIT_ADJUSTS_ITS_LIST)
                    .checkFirst(PUBLICATION_NEEDS_A_LAWFUL_REVIEW_OF_THIS_CONTENT).from(DRAFTING, REVIEWED)
                    .to(PUBLISHED)
            .step(Step.WITHDRAW).checkFirst(ONLY_LIST_KEEPERS_TAKE_STEPS).checkFirst(ONLY_THE_LIST_UNIT_ADJUSTS_ITS_LIST)
                    .from(DRAFTING, REVIEWED).to(WITHDRAWN)
            .step(Step.REVIEW_CONCLUDED).from(REVIEWING).to(REVIEWED)
            .step(Step.REVIEW_WITHDRAWN).from(REVIEWING).to(DRAFTING)
            .build();

    private ListProcedure() {
    }

    /** A step's name as the guide, the page and the audit log use it ("submit-for-review"). */
    public static String name(Step step) {
        return Procedure.name(step);
    }

    private static Refusal wrongState(ListVersionStatus current, Step step) {
        return Refusal.of("wrong-status", "lists.refused.wrong-status." + step.name(),
                new DefaultMessageSourceResolvable("lists.status." + current.name()));
    }
}
