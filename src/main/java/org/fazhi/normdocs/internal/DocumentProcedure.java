package org.fazhi.normdocs.internal;

import static org.fazhi.normdocs.DocumentStatus.CONSULTING;
import static org.fazhi.normdocs.DocumentStatus.DELIBERATED;
import static org.fazhi.normdocs.DocumentStatus.DRAFTING;
import static org.fazhi.normdocs.DocumentStatus.PUBLISHED;
import static org.fazhi.normdocs.DocumentStatus.REGISTERED;
import static org.fazhi.normdocs.DocumentStatus.REVIEWED;
import static org.fazhi.normdocs.DocumentStatus.REVIEWING;
import static org.fazhi.normdocs.DocumentStatus.WITHDRAWN;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.fazhi.normdocs.DocumentStatus;
import org.fazhi.shared.RefusedException;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The procedure of a normative document as a state machine: which step may be taken in which
 * state, and where it leads. The legal gates that depend on facts beyond the state (the review
 * outcome, the consultation window, the dispositions) are checked by the services before they
 * call {@link #next}.
 *
 * <pre>
 * DRAFTING ──open consultation──▶ CONSULTING ──close──▶ DRAFTING
 * DRAFTING ──submit for review──▶ REVIEWING ──concluded──▶ REVIEWED ──new version──▶ DRAFTING
 * DRAFTING | REVIEWED ──deliberate (passed)──▶ DELIBERATED ──register──▶ REGISTERED ──publish──▶ PUBLISHED
 * any state before PUBLISHED ──withdraw──▶ WITHDRAWN
 * </pre>
 */
public final class DocumentProcedure {

    /** The steps of the procedure. */
    public enum Step {
        ADD_VERSION,
        OPEN_CONSULTATION,
        CLOSE_CONSULTATION,
        SUBMIT_FOR_REVIEW,
        REVIEW_CONCLUDED,
        REVIEW_WITHDRAWN,
        DELIBERATE_PASSED,
        DELIBERATE_NOT_PASSED,
        REGISTER,
        PUBLISH,
        WITHDRAW
    }

    private record Transition(Set<DocumentStatus> from, DocumentStatus to) {
    }

    private static final Map<Step, Transition> TRANSITIONS = new EnumMap<>(Step.class);

    static {
        TRANSITIONS.put(Step.ADD_VERSION, new Transition(EnumSet.of(DRAFTING, REVIEWED), DRAFTING));
        TRANSITIONS.put(Step.OPEN_CONSULTATION, new Transition(EnumSet.of(DRAFTING), CONSULTING));
        TRANSITIONS.put(Step.CLOSE_CONSULTATION, new Transition(EnumSet.of(CONSULTING), DRAFTING));
        TRANSITIONS.put(Step.SUBMIT_FOR_REVIEW, new Transition(EnumSet.of(DRAFTING), REVIEWING));
        TRANSITIONS.put(Step.REVIEW_CONCLUDED, new Transition(EnumSet.of(REVIEWING), REVIEWED));
        TRANSITIONS.put(Step.REVIEW_WITHDRAWN, new Transition(EnumSet.of(REVIEWING), DRAFTING));
        TRANSITIONS.put(Step.DELIBERATE_PASSED, new Transition(EnumSet.of(DRAFTING, REVIEWED), DELIBERATED));
        TRANSITIONS.put(Step.DELIBERATE_NOT_PASSED, new Transition(EnumSet.of(DRAFTING, REVIEWED), DRAFTING));
        TRANSITIONS.put(Step.REGISTER, new Transition(EnumSet.of(DELIBERATED), REGISTERED));
        TRANSITIONS.put(Step.PUBLISH, new Transition(EnumSet.of(REGISTERED), PUBLISHED));
        TRANSITIONS.put(Step.WITHDRAW, new Transition(
                EnumSet.of(DRAFTING, CONSULTING, REVIEWING, REVIEWED, DELIBERATED, REGISTERED), WITHDRAWN));
    }

    private DocumentProcedure() {
    }

    /**
     * The state {@code step} leads to from {@code current}; refused with a readable reason when the
     * step is not allowed there (e.g. publishing a document that was never registered).
     */
    public static DocumentStatus next(DocumentStatus current, Step step) {
        Transition t = TRANSITIONS.get(step);
        if (!t.from().contains(current)) {
            throw new RefusedException(refusalCode(current, step), refusalKey(current, step),
                    new DefaultMessageSourceResolvable("normdocs.status." + current.name()));
        }
        return t.to();
    }

    public static boolean allowed(DocumentStatus current, Step step) {
        return TRANSITIONS.get(step).from().contains(current);
    }

    /** The steps open from a state, for the console to offer only what the law allows next. */
    public static Set<Step> stepsFrom(DocumentStatus current) {
        Set<Step> steps = EnumSet.noneOf(Step.class);
        TRANSITIONS.forEach((step, t) -> {
            if (t.from().contains(current)) {
                steps.add(step);
            }
        });
        return steps;
    }

    private static String refusalCode(DocumentStatus current, Step step) {
        if (step == Step.PUBLISH && current != PUBLISHED && current != WITHDRAWN) {
            return "not-registered";
        }
        if (step == Step.REGISTER) {
            return "not-deliberated";
        }
        return "wrong-status";
    }

    private static String refusalKey(DocumentStatus current, Step step) {
        return switch (refusalCode(current, step)) {
            case "not-registered" -> "normdocs.refused.not-registered";
            case "not-deliberated" -> "normdocs.refused.not-deliberated";
            default -> "normdocs.refused.wrong-status." + step.name();
        };
    }
}
