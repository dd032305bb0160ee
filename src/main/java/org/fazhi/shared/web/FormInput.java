package org.fazhi.shared.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.RefusedException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;

/**
 * The values of one console form as typed, their conversion into the service's request, and the
 * errors to show beside the fields (in the reader's language), so a form re-renders with what the
 * user entered and why it was not accepted. {@code name} says which form of the page it is.
 */
public final class FormInput {

    private final String name;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, List<String>> fieldErrors = new LinkedHashMap<>();
    private final List<String> formErrors = new ArrayList<>();
    private final Map<String, String> labelKeys = new LinkedHashMap<>();
    private final MessageSource messages;

    private FormInput(String name, Map<String, String> params, MessageSource messages) {
        this.name = name;
        this.messages = messages;
        params.forEach((k, v) -> values.put(k, v == null ? "" : v.strip()));
    }

    public static FormInput of(String name, Map<String, String> params, MessageSource messages) {
        return new FormInput(name, params, messages);
    }

    public static FormInput empty(MessageSource messages) {
        return new FormInput("", Map.of(), messages);
    }

    /**
     * The message keys of the fields' labels, so that the error summary names each field ("标题：必须填写").
     * A field without one is looked up as {@code form.field.<field>}, else its message is shown alone.
     */
    public FormInput labels(Map<String, String> fieldToLabelKey) {
        labelKeys.putAll(fieldToLabelKey);
        return this;
    }

    public String raw(String field) {
        return values.getOrDefault(field, "");
    }

    public FormInput put(String field, Object value) {
        values.put(field, value == null ? "" : String.valueOf(value));
        return this;
    }

    /** The text, or null when blank. */
    public String text(String field) {
        String v = raw(field);
        return v.isEmpty() ? null : v;
    }

    public LocalDate date(String field) {
        String v = raw(field);
        if (v.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            field(field, message("form.invalid.date"));
            return null;
        }
    }

    public Long id(String field) {
        String v = raw(field);
        if (v.isEmpty()) {
            return null;
        }
        if (!v.matches("\\d{1,18}")) {
            field(field, message("form.invalid.choice"));
            return null;
        }
        return Long.valueOf(v);
    }

    public Integer integer(String field) {
        String v = raw(field);
        if (v.isEmpty()) {
            return null;
        }
        if (!v.matches("-?\\d{1,9}")) {
            field(field, message("form.invalid.integer"));
            return null;
        }
        return Integer.valueOf(v);
    }

    public <E extends Enum<E>> E choice(String field, Class<E> type) {
        String v = raw(field);
        if (v.isEmpty()) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(v)) {
                return e;
            }
        }
        field(field, message("form.invalid.choice"));
        return null;
    }

    /** Bean Validation of the request built from the form; violations go beside their fields. */
    public <T> T valid(T request, Validator validator) {
        for (ConstraintViolation<T> v : validator.validate(request)) {
            String path = v.getPropertyPath().toString();
            int dot = path.indexOf('[');
            field(dot > 0 ? path.substring(0, dot) : path, v.getMessage());
        }
        return request;
    }

    public FormInput field(String field, String message) {
        fieldErrors.computeIfAbsent(field, k -> new ArrayList<>()).add(message);
        return this;
    }

    public FormInput error(RuntimeException e) {
        if (e instanceof RefusedException r) {
            formErrors.add(message(r.messageKey(), r.args()));
        } else if (e instanceof InvalidInputException iie) {
            if (iie.fieldProblems().isEmpty()) {
                formErrors.add(message(iie.messageKey(), iie.args()));
            }
            iie.fieldProblems().forEach(p -> field(p.field(), message(p.messageKey(), p.args())));
        } else if (e instanceof org.springframework.dao.OptimisticLockingFailureException) {
            formErrors.add(message("problem.stale"));
        } else {
            throw e;
        }
        return this;
    }

    public boolean ok() {
        return fieldErrors.isEmpty() && formErrors.isEmpty();
    }

    /** The lines of the error summary: each field by its label, and the form's own problems. */
    public ErrorSummary summary() {
        return ErrorSummary.of(fieldErrors, formErrors, this::label);
    }

    /**
     * Puts {@code form}, {@code failed} (the form's name), {@code fieldErrors}, {@code formErrors} and
     * {@code errorSummary} (shown by {@code layout :: errorSummary}).
     */
    public void addTo(Model model) {
        model.addAttribute("form", values);
        model.addAttribute("failed", ok() ? "" : name);
        model.addAttribute("fieldErrors", fieldErrors);
        model.addAttribute("formErrors", formErrors);
        model.addAttribute("errorSummary", summary());
    }

    private String label(String field) {
        String key = labelKeys.get(field);
        if (key != null) {
            return message(key);
        }
        return messages.getMessage("form.field." + field, null, null, LocaleContextHolder.getLocale());
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
