package org.fazhi.lists.internal;

import static org.fazhi.lists.ListVersionStatus.CONSULTING;
import static org.fazhi.lists.ListVersionStatus.DRAFTING;
import static org.fazhi.lists.ListVersionStatus.PUBLISHED;
import static org.fazhi.lists.ListVersionStatus.REVIEWED;
import static org.fazhi.lists.ListVersionStatus.REVIEWING;
import static org.fazhi.lists.ListVersionStatus.WITHDRAWN;
import static org.fazhi.lists.internal.ListPolicies.CONSULTATION_RUNS_ITS_MINIMUM_PERIOD;
import static org.fazhi.lists.internal.ListPolicies.CONSULTED_WHERE_REQUIRED;
import static org.fazhi.lists.internal.ListPolicies.EVERY_COMMENT_ANSWERED;
import static org.fazhi.lists.internal.ListPolicies.LIST_NOT_EMPTY;
import static org.fazhi.lists.internal.ListPolicies.ONLY_LIST_KEEPERS_TAKE_STEPS;
import static org.fazhi.lists.internal.ListPolicies.ONLY_THE_LIST_UNIT_ADJUSTS_ITS_LIST;
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
 * DRAFTING ──edit──▶ DRAFTING ──open-consultation──▶ CONSULTING ──close-consultation──▶ DRAFTING
 * DRAFTING ──submit-for-review (consulted where required, every comment answered)──▶ REVIEWING
 * REVIEWING ──review-concluded──▶ REVIEWED ──revise──▶ DRAFTING
 * DRAFTING | REVIEWED ──publish (a lawful review of exactly this content)──▶ PUBLISHED
 * DRAFTING | CONSULTING | REVIEWED ──withdraw──▶ WITHDRAWN
 * </pre>
 */
public final class ListProcedure {

    /** The steps; the first group is taken by people, the last three by the system. */
    public enum Step {
        EDIT,
        OPEN_CONSULTATION,
        CLOSE_CONSULTATION,
        ENTER_COMMENT,
        DISPOSE_COMMENT,
        SUBMIT_FOR_REVIEW,
        REVISE,
        PUBLISH,
        WITHDRAW,
        /** The daily job closes a window whose closing day has passed. */
        CLOSE_DUE_CONSULTATION,
        /** The review desk concluded (listener, same transaction). */
        REVIEW_CONCLUDED,
        /** The review request was withdrawn (listener, same transaction). */
        REVIEW_WITHDRAWN
    }

    /** The steps a person takes on the version's page, in the order the guide lists them. */
    public static final List<Step> PEOPLE_STEPS = List.of(Step.EDIT, Step.OPEN_CONSULTATION, Step.CLOSE_CONSULTATION,
            Step.SUBMIT_FOR_REVIEW, Step.REVISE, Step.PUBLISH, Step.WITHDRAW);

    public static final Procedure<ListVersionStatus, Step, ListFacts> PROCEDURE = Procedure
            .of(ListVersionStatus.class, Step.class, ListFacts::status, ListProcedure::wrongState)
            .step(Step.EDIT).checkFirst(ONLY_LIST_KEEPERS_TAKE_STEPS).checkFirst(ONLY_THE_LIST_UNIT_ADJUSTS_ITS_LIST)
                    .from(DRAFTING).outside(s -> Refusal.of("not-drafting", "lists.refused.not-drafting")).stays()
            .step(Step.OPEN_CONSULTATION).checkFirst(ONLY_LIST_KEEPERS_TAKE_STEPS)
                    .checkFirst(ONLY_THE_LIST_UNIT_ADJUSTS_ITS_LIST).from(DRAFTING).gate(LIST_NOT_EMPTY).to(CONSULTING)
            .step(Step.CLOSE_CONSULTATION).checkFirst(ONLY_LIST_KEEPERS_TAKE_STEPS)
                    .checkFirst(ONLY_THE_LIST_UNIT_ADJUSTS_ITS_LIST).from(CONSULTING)
                    .gate(CONSULTATION_RUNS_ITS_MINIMUM_PERIOD).to(DRAFTING)
            .step(Step.ENTER_COMMENT).checkFirst(ONLY_LIST_KEEPERS_TAKE_STEPS)
                    .checkFirst(ONLY_THE_LIST_UNIT_ADJUSTS_ITS_LIST).from(CONSULTING)
                    .outside(s -> Refusal.of("consultation-closed", "lists.refused.consultation-closed")).stays()
            .step(Step.DISPOSE_COMMENT).checkFirst(ONLY_LIST_KEEPERS_TAKE_STEPS)
                    .checkFirst(ONLY_THE_LIST_UNIT_ADJUSTS_ITS_LIST).fromAllBut(PUBLISHED, WITHDRAWN)
                    .outside(s -> Refusal.of("adjustment-closed", "lists.refused.dispose-closed")).stays()
            .step(Step.SUBMIT_FOR_REVIEW).checkFirst(ONLY_LIST_KEEPERS_TAKE_STEPS)
                    .checkFirst(ONLY_THE_LIST_UNIT_ADJUSTS_ITS_LIST).from(DRAFTING).gate(LIST_NOT_EMPTY)
                    .gate(CONSULTED_WHERE_REQUIRED).gate(EVERY_COMMENT_ANSWERED).to(REVIEWING)
            .step(Step.REVISE).checkFirst(ONLY_LIST_KEEPERS_TAKE_STEPS).checkFirst(ONLY_THE_LIST_UNIT_ADJUSTS_ITS_LIST)
                    .from(REVIEWED).to(DRAFTING)
            .step(Step.PUBLISH).checkFirst(ONLY_LIST_KEEPERS_TAKE_STEPS).checkFirst(ONLY_THE_LIST_UNIT_ADJUSTS_ITS_LIST)
                    .checkFirst(PUBLICATION_NEEDS_A_LAWFUL_REVIEW_OF_THIS_CONTENT).from(DRAFTING, REVIEWED)
                    .to(PUBLISHED)
            .step(Step.WITHDRAW).checkFirst(ONLY_LIST_KEEPERS_TAKE_STEPS).checkFirst(ONLY_THE_LIST_UNIT_ADJUSTS_ITS_LIST)
                    .from(DRAFTING, CONSULTING, REVIEWED).to(WITHDRAWN)
            .step(Step.CLOSE_DUE_CONSULTATION).from(CONSULTING).gate(CONSULTATION_RUNS_ITS_MINIMUM_PERIOD).to(DRAFTING)
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
