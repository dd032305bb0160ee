package org.fazhi.normdocs;

import java.util.List;

/**
 * Whether one step of the procedure may be taken now by the acting user and, if not, why: the
 * stable code and the message key (with its arguments) of the reason the user would be refused
 * with, so the console can say it before anyone clicks.
 */
public record StepCheck(String step, boolean allowed, String code, String messageKey, List<Object> args) {

    public StepCheck {
        args = args == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args));
    }

    static StepCheck ok(String step) {
        return new StepCheck(step, true, null, null, List.of());
    }

    static StepCheck refused(String step, String code, String messageKey, Object... args) {
        return new StepCheck(step, false, code, messageKey, java.util.Arrays.asList(args));
    }
}
