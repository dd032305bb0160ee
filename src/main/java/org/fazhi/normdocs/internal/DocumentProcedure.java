package org.fazhi.normdocs.internal;

import static org.fazhi.normdocs.DocumentStatus.CONSULTING;
import static org.fazhi.normdocs.DocumentStatus.DELIBERATED;
import static org.fazhi.normdocs.DocumentStatus.DRAFTING;
import static org.fazhi.normdocs.DocumentStatus.PUBLISHED;
import static org.fazhi.normdocs.DocumentStatus.REGISTERED;
import static org.fazhi.normdocs.DocumentStatus.REVIEWED;
import static org.fazhi.normdocs.DocumentStatus.REVIEWING;
import static org.fazhi.normdocs.DocumentStatus.WITHDRAWN;
import static org.fazhi.normdocs.internal.DocumentPolicies.CONSULTATION_RUNS_ITS_MINIMUM_PERIOD;
import static org.fazhi.normdocs.internal.DocumentPolicies.CORRECTION_ASKED_FOR;
import static org.fazhi.normdocs.internal.DocumentPolicies.FILED_AND_REVIEW_NOT_YET_RECORDED;
import static org.fazhi.normdocs.internal.DocumentPolicies.CONSULTED_WHEN_RIGHTS_ARE_AFFECTED;
import static org.fazhi.normdocs.internal.DocumentPolicies.DELIBERATION_NEEDS_A_PASSING_REVIEW;
import static org.fazhi.normdocs.internal.DocumentPolicies.EVERY_COMMENT_ANSWERED;
import static org.fazhi.normdocs.internal.DocumentPolicies.FILED_ONCE;
import static org.fazhi.normdocs.internal.DocumentPolicies.IMPORTED_DOCUMENTS_ARE_NOT_FILED_AGAIN;
import static org.fazhi.normdocs.internal.DocumentPolicies.ONLY_DRAFTERS_TAKE_DRAFTING_STEPS;
import static org.fazhi.normdocs.internal.DocumentPolicies.ONLY_REGISTRARS_REGISTER;
import static org.fazhi.normdocs.internal.DocumentPolicies.ONLY_THE_DRAFTING_UNIT_CARRIES_THE_DOCUMENT;
import static org.fazhi.normdocs.internal.DocumentPolicies.ONLY_THE_REGISTERING_OFFICE_REGISTERS;
import static org.fazhi.normdocs.internal.DocumentPolicies.PUBLIC_COPY_CHECKED_BY_A_SECOND_PERSON;
import static org.fazhi.normdocs.internal.DocumentPolicies.PUBLIC_COPY_HAS_SOMETHING_REMOVED;
import static org.fazhi.normdocs.internal.DocumentPolicies.REPEALED_ONLY_WHILE_IN_FORCE;

import java.util.List;
import org.fazhi.normdocs.DocumentStatus;
import org.fazhi.shared.procedure.Procedure;
import org.fazhi.shared.procedure.Refusal;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The procedure of a normative document (制定程序): states, steps, the transition table and the gates
 * of each step ({@link DocumentPolicies}). Every step method of the module calls {@link #next}; the
 * guide calls {@link Procedure#check} on the same facts.
 *
 * <pre>
 * DRAFTING ──open-consultation──▶ CONSULTING ──close-consultation──▶ DRAFTING
 * DRAFTING ──submit-for-review──▶ REVIEWING ──review-concluded──▶ REVIEWED ──add-version──▶ DRAFTING
 * DRAFTING | REVIEWED ──deliberate──▶ DELIBERATED ──register──▶ REGISTERED ──publish──▶ PUBLISHED
 * PUBLISHED ──file / evaluate / repeal──▶ PUBLISHED
 * any state before PUBLISHED ──withdraw──▶ WITHDRAWN
 * </pre>
 */
public final class DocumentProcedure {

    /** The steps of the procedure; the first group is taken by people, the second by the system. */
    public enum Step {
        ADD_VERSION,
        OPEN_CONSULTATION,
        CLOSE_CONSULTATION,
        ENTER_COMMENT,
        DISPOSE_COMMENT,
        SUBMIT_FOR_REVIEW,
        DELIBERATE,
        REGISTER,
        PUBLISH,
        WITHDRAW,
        FILE,
        EVALUATE,
        REPEAL,
        ATTACH,
        REMOVE_ATTACHMENT,
        /** Name a document in force that this one amends, replaces or repeals (applied at publication). */
        NAME_SUPERSEDED,
        UNNAME_SUPERSEDED,
        /** A second person checks the public copy (identifiers removed) before publication (PI-03). */
        CLEAR_PUBLIC_COPY,
        /** The filing body's review result (备案审查) arrived. */
        RECORD_FILING_REVIEW,
        /** The correction the filing body asked for was made. */
        RECORD_CORRECTION,
        /** The deliberation did not pass: back to drafting (same gates as {@link #DELIBERATE}). */
        DELIBERATION_FAILED,
        /** The daily job closes a window whose closing date has passed. */
        CLOSE_DUE_CONSULTATION,
        /** The review desk concluded (listener, same transaction). */
        REVIEW_CONCLUDED,
        /** The review request was withdrawn (listener, same transaction). */
        REVIEW_WITHDRAWN
    }

    /** The steps a person takes, in the order the guide lists them. */
    public static final List<Step> PEOPLE_STEPS = List.of(Step.ADD_VERSION, Step.OPEN_CONSULTATION,
            Step.CLOSE_CONSULTATION, Step.SUBMIT_FOR_REVIEW, Step.DELIBERATE, Step.REGISTER, Step.PUBLISH,
            Step.WITHDRAW, Step.FILE, Step.RECORD_FILING_REVIEW, Step.RECORD_CORRECTION, Step.EVALUATE, Step.REPEAL,
            Step.NAME_SUPERSEDED, Step.CLEAR_PUBLIC_COPY);

    public static final Procedure<DocumentStatus, Step, DocumentFacts> PROCEDURE = Procedure
            .of(DocumentStatus.class, Step.class, DocumentFacts::status, DocumentProcedure::wrongState)
            .step(Step.ADD_VERSION).checkFirst(ONLY_DRAFTERS_TAKE_DRAFTING_STEPS)
                    .checkFirst(ONLY_THE_DRAFTING_UNIT_CARRIES_THE_DOCUMENT).from(DRAFTING, REVIEWED).to(DRAFTING)
            .step(Step.OPEN_CONSULTATION).checkFirst(ONLY_DRAFTERS_TAKE_DRAFTING_STEPS)
                    .checkFirst(ONLY_THE_DRAFTING_UNIT_CARRIES_THE_DOCUMENT).from(DRAFTING).to(CONSULTING)
            .step(Step.CLOSE_CONSULTATION).checkFirst(ONLY_DRAFTERS_TAKE_DRAFTING_STEPS)
                    .checkFirst(ONLY_THE_DRAFTING_UNIT_CARRIES_THE_DOCUMENT).from(CONSULTING)
                    .gate(CONSULTATION_RUNS_ITS_MINIMUM_PERIOD).to(DRAFTING)
            .step(Step.ENTER_COMMENT).checkFirst(ONLY_DRAFTERS_TAKE_DRAFTING_STEPS)
                    .checkFirst(ONLY_THE_DRAFTING_UNIT_CARRIES_THE_DOCUMENT).from(CONSULTING)
                    .outside(s -> Refusal.of("consultation-closed", "normdocs.refused.consultation-closed")).stays()
            .step(Step.DISPOSE_COMMENT).checkFirst(ONLY_DRAFTERS_TAKE_DRAFTING_STEPS)
                    .checkFirst(ONLY_THE_DRAFTING_UNIT_CARRIES_THE_DOCUMENT).fromAllBut(PUBLISHED, WITHDRAWN)
                    .outside(s -> Refusal.of("document-closed", "normdocs.refused.dispose-closed")).stays()
            .step(Step.SUBMIT_FOR_REVIEW).checkFirst(ONLY_DRAFTERS_TAKE_DRAFTING_STEPS)
                    .checkFirst(ONLY_THE_DRAFTING_UNIT_CARRIES_THE_DOCUMENT).from(DRAFTING)
                    .gate(CONSULTED_WHEN_RIGHTS_ARE_AFFECTED).gate(EVERY_COMMENT_ANSWERED).to(REVIEWING)
            .step(Step.DELIBERATE).checkFirst(ONLY_DRAFTERS_TAKE_DRAFTING_STEPS)
                    .checkFirst(ONLY_THE_DRAFTING_UNIT_CARRIES_THE_DOCUMENT)
                    .checkFirst(DELIBERATION_NEEDS_A_PASSING_REVIEW).from(DRAFTING, REVIEWED)
                    .gate(CONSULTED_WHEN_RIGHTS_ARE_AFFECTED).gate(EVERY_COMMENT_ANSWERED).to(DELIBERATED)
            .step(Step.DELIBERATION_FAILED).checkFirst(ONLY_DRAFTERS_TAKE_DRAFTING_STEPS)
                    .checkFirst(ONLY_THE_DRAFTING_UNIT_CARRIES_THE_DOCUMENT)
                    .checkFirst(DELIBERATION_NEEDS_A_PASSING_REVIEW).from(DRAFTING, REVIEWED)
                    .gate(CONSULTED_WHEN_RIGHTS_ARE_AFFECTED).gate(EVERY_COMMENT_ANSWERED).to(DRAFTING)
            .step(Step.REGISTER).checkFirst(ONLY_REGISTRARS_REGISTER).checkFirst(ONLY_THE_REGISTERING_OFFICE_REGISTERS)
                    .from(DELIBERATED)
                    .outside(s -> Refusal.of("not-deliberated", "normdocs.refused.not-deliberated")).to(REGISTERED)
            .step(Step.PUBLISH).checkFirst(ONLY_DRAFTERS_TAKE_DRAFTING_STEPS)
                    .checkFirst(ONLY_THE_DRAFTING_UNIT_CARRIES_THE_DOCUMENT).from(REGISTERED)
                    .outside(s -> s == PUBLISHED || s == WITHDRAWN ? wrongState(s, Step.PUBLISH)
                            : Refusal.of("not-registered", "normdocs.refused.not-registered"))
                    .gate(PUBLIC_COPY_CHECKED_BY_A_SECOND_PERSON).to(PUBLISHED)
            .step(Step.CLEAR_PUBLIC_COPY).checkFirst(ONLY_DRAFTERS_TAKE_DRAFTING_STEPS)
                    .checkFirst(ONLY_THE_DRAFTING_UNIT_CARRIES_THE_DOCUMENT).from(REGISTERED)
                    .gate(PUBLIC_COPY_HAS_SOMETHING_REMOVED).stays()
            .step(Step.WITHDRAW).checkFirst(ONLY_DRAFTERS_TAKE_DRAFTING_STEPS)
                    .checkFirst(ONLY_THE_DRAFTING_UNIT_CARRIES_THE_DOCUMENT)
                    .from(DRAFTING, CONSULTING, REVIEWING, REVIEWED, DELIBERATED, REGISTERED).to(WITHDRAWN)
            .step(Step.FILE).checkFirst(ONLY_DRAFTERS_TAKE_DRAFTING_STEPS)
                    .checkFirst(ONLY_THE_DRAFTING_UNIT_CARRIES_THE_DOCUMENT).from(PUBLISHED)
                    .outside(s -> Refusal.of("not-published", "normdocs.refused.filing-not-published"))
                    .gate(IMPORTED_DOCUMENTS_ARE_NOT_FILED_AGAIN).gate(FILED_ONCE).stays()
            .step(Step.EVALUATE).checkFirst(ONLY_DRAFTERS_TAKE_DRAFTING_STEPS)
                    .checkFirst(ONLY_THE_DRAFTING_UNIT_CARRIES_THE_DOCUMENT).from(PUBLISHED)
                    .outside(s -> Refusal.of("not-published", "normdocs.refused.evaluate-unpublished")).stays()
            .step(Step.REPEAL).checkFirst(ONLY_DRAFTERS_TAKE_DRAFTING_STEPS)
                    .checkFirst(ONLY_THE_DRAFTING_UNIT_CARRIES_THE_DOCUMENT).from(PUBLISHED)
                    .outside(s -> Refusal.of("not-in-force", "normdocs.refused.not-in-force"))
                    .gate(REPEALED_ONLY_WHILE_IN_FORCE).stays()
            .step(Step.ATTACH).checkFirst(ONLY_DRAFTERS_TAKE_DRAFTING_STEPS)
                    .checkFirst(ONLY_THE_DRAFTING_UNIT_CARRIES_THE_DOCUMENT).fromAllBut(WITHDRAWN)
                    .outside(s -> Refusal.of("document-closed", "normdocs.refused.attachment-withdrawn")).stays()
            .step(Step.REMOVE_ATTACHMENT).checkFirst(ONLY_DRAFTERS_TAKE_DRAFTING_STEPS)
                    .checkFirst(ONLY_THE_DRAFTING_UNIT_CARRIES_THE_DOCUMENT).fromAllBut(PUBLISHED, WITHDRAWN)
                    .outside(s -> s == PUBLISHED
                            ? Refusal.of("document-published", "normdocs.refused.attachment-published")
                            : Refusal.of("document-closed", "normdocs.refused.attachment-withdrawn"))
                    .stays()
            .step(Step.RECORD_FILING_REVIEW).checkFirst(ONLY_DRAFTERS_TAKE_DRAFTING_STEPS)
                    .checkFirst(ONLY_THE_DRAFTING_UNIT_CARRIES_THE_DOCUMENT).from(PUBLISHED)
                    .outside(s -> Refusal.of("not-filed", "normdocs.refused.not-filed"))
                    .gate(FILED_AND_REVIEW_NOT_YET_RECORDED).stays()
            .step(Step.RECORD_CORRECTION).checkFirst(ONLY_DRAFTERS_TAKE_DRAFTING_STEPS)
                    .checkFirst(ONLY_THE_DRAFTING_UNIT_CARRIES_THE_DOCUMENT).from(PUBLISHED)
                    .outside(s -> Refusal.of("no-correction-requested", "normdocs.refused.no-correction-requested"))
                    .gate(CORRECTION_ASKED_FOR).stays()
            .step(Step.NAME_SUPERSEDED).checkFirst(ONLY_DRAFTERS_TAKE_DRAFTING_STEPS)
                    .checkFirst(ONLY_THE_DRAFTING_UNIT_CARRIES_THE_DOCUMENT)
                    .from(DRAFTING, CONSULTING, REVIEWING, REVIEWED, DELIBERATED, REGISTERED).stays()
            .step(Step.UNNAME_SUPERSEDED).checkFirst(ONLY_DRAFTERS_TAKE_DRAFTING_STEPS)
                    .checkFirst(ONLY_THE_DRAFTING_UNIT_CARRIES_THE_DOCUMENT)
                    .from(DRAFTING, CONSULTING, REVIEWING, REVIEWED, DELIBERATED, REGISTERED).stays()
            .step(Step.CLOSE_DUE_CONSULTATION).from(CONSULTING).gate(CONSULTATION_RUNS_ITS_MINIMUM_PERIOD).to(DRAFTING)
            .step(Step.REVIEW_CONCLUDED).from(REVIEWING).to(REVIEWED)
            .step(Step.REVIEW_WITHDRAWN).from(REVIEWING).to(DRAFTING)
            .build();

    private DocumentProcedure() {
    }

    /** A step's name as the guide, the page and the audit log use it ("submit-for-review"). */
    public static String name(Step step) {
        return Procedure.name(step);
    }

    private static Refusal wrongState(DocumentStatus current, Step step) {
        return Refusal.of("wrong-status", "normdocs.refused.wrong-status." + step.name(),
                new DefaultMessageSourceResolvable("normdocs.status." + current.name()));
    }
}
