package org.fazhi.shared.procedure;

import java.util.List;

/**
 * Whether one step may be taken now by the acting user and, if not, why: the stable code and the
 * message key (with its arguments) of the reason the step would be refused with, so the page can
 * say it before anyone clicks. {@code step} is the step's name in kebab case ("submit-for-review").
 */
public record StepCheck(String step, boolean allowed, String code, String messageKey, List<Object> args) {

    public StepCheck {
        args = args == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args));
    }

    public static StepCheck allowed(String step) {
        return new StepCheck(step, true, null, null, List.of());
    }

    public static StepCheck refused(String step, Refusal why) {
        return new StepCheck(step, false, why.code(), why.messageKey(), why.args());
    }
}
