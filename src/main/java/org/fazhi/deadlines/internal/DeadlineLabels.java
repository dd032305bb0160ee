package org.fazhi.deadlines.internal;

import java.util.Locale;
import java.util.Optional;
import org.fazhi.rules.Rule;
import org.fazhi.rules.RulesCatalog;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Deadlines in words. The label a module registered is a message key of that module or plain text;
 * a deadline registered without one is named by its kind ({@code deadlines.subject.<module>.<type>})
 * or else by its rule's title. A module's name is {@code deadlines.module.<module>} (the code when no
 * module says).
 */
@Component
class DeadlineLabels {

    private final MessageSource messages;
    private final RulesCatalog rules;

    DeadlineLabels(MessageSource messages, RulesCatalog rules) {
        this.messages = messages;
        this.rules = rules;
    }

    String label(DeadlineRow r) {
        Locale locale = LocaleContextHolder.getLocale();
        if (r.label() != null) {
            return messages.getMessage(r.label(), null, r.label(), locale);
        }
        String kind = messages.getMessage("deadlines.subject." + r.module() + "." + r.subjectType(), null, null, locale);
        return kind != null ? kind : ruleTitle(r.ruleId());
    }

    String module(String module) {
        return messages.getMessage("deadlines.module." + module, null, module, LocaleContextHolder.getLocale());
    }

    String ruleTitle(String ruleId) {
        return rules.find(ruleId).map(Rule::title).orElse(ruleId);
    }

    Optional<Rule> rule(String ruleId) {
        return rules.find(ruleId);
    }
}
