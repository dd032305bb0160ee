package org.fazhi.shared.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.RefusedException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The errors of a console form in the reader's language: {@code fieldErrors} (field name to
 * messages, shown beside the field), {@code formErrors} (shown above the form) and
 * {@code errorSummary} (every problem naming its field, {@code layout :: errorSummary}).
 */
public final class FormErrors {

    private final Map<String, List<String>> fields = new LinkedHashMap<>();
    private final List<String> form = new ArrayList<>();
    private final Map<String, String> labelKeys = new LinkedHashMap<>();
    private final MessageSource messages;

    public FormErrors(MessageSource messages) {
        this.messages = messages;
    }

    public static FormErrors of(MessageSource messages, BindingResult binding) {
        FormErrors e = new FormErrors(messages);
        for (FieldError fe : binding.getFieldErrors()) {
            e.field(fe.getField(), messages.getMessage(fe, LocaleContextHolder.getLocale()));
        }
        binding.getGlobalErrors().forEach(ge -> e.form.add(messages.getMessage(ge, LocaleContextHolder.getLocale())));
        return e;
    }

    public FormErrors add(InvalidInputException ex) {
        if (ex.fieldProblems().isEmpty()) {
            form.add(text(ex.messageKey(), ex.args()));
        }
        ex.fieldProblems().forEach(p -> field(p.field(), text(p.messageKey(), p.args())));
        return this;
    }

    public FormErrors add(RefusedException ex) {
        form.add(text(ex.messageKey(), ex.args()));
        return this;
    }

    public FormErrors field(String name, String message) {
        fields.computeIfAbsent(name, k -> new ArrayList<>()).add(message);
        return this;
    }

    /** The message keys of the fields' labels, for the error summary. */
    public FormErrors labels(Map<String, String> fieldToLabelKey) {
        labelKeys.putAll(fieldToLabelKey);
        return this;
    }

    public boolean isEmpty() {
        return fields.isEmpty() && form.isEmpty();
    }

    public void addTo(Model model) {
        model.addAttribute("fieldErrors", fields);
        model.addAttribute("formErrors", form);
        model.addAttribute("errorSummary", ErrorSummary.of(fields, form, f -> labelKeys.containsKey(f)
                ? text(labelKeys.get(f)) : messages.getMessage("form.field." + f, null, null, LocaleContextHolder.getLocale())));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
