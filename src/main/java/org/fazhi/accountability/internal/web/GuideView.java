package org.fazhi.accountability.internal.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.fazhi.shared.procedure.Guide;
import org.fazhi.shared.procedure.StepCheck;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/** The guide in words: the status, what comes next, and for each step whether it may be taken or why not. */
record GuideView(String status, String next, Map<String, StepView> steps) {

    /** A step as the page shows it: allowed, or the reason it would be refused. */
    record StepView(String step, boolean allowed, String reason) {
    }

    public boolean allowed(String step) {
        StepView s = steps.get(step);
        return s != null && s.allowed();
    }

    public String reason(String step) {
        StepView s = steps.get(step);
        return s == null ? "" : s.reason();
    }

    static <S extends Enum<S>> GuideView of(Guide<S> g, MessageSource messages) {
        Map<String, StepView> steps = new LinkedHashMap<>();
        for (StepCheck s : g.steps()) {
            steps.put(s.step(), new StepView(s.step(), s.allowed(),
                    s.allowed() ? "" : text(messages, s.messageKey(), s.args().toArray())));
        }
        return new GuideView(g.status().name(), text(messages, g.nextKey(), g.nextArgs().toArray()), steps);
    }

    static String text(MessageSource messages, String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
