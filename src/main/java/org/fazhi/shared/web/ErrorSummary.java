package org.fazhi.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a console form that was not accepted shows above itself ({@code layout :: errorSummary}): one
 * line per problem naming the field by its label, with a link to it, and the problems of the form as a
 * whole. The page scrolls to it and moves the focus there, so the reader sees at once why.
 */
public record ErrorSummary(List<Line> lines) {

    /** One problem: the field (null for the form as a whole), its label, what is wrong. */
    public record Line(String field, String label, String message) {
    }

    public static final ErrorSummary NONE = new ErrorSummary(List.of());

    public ErrorSummary {
        lines = List.copyOf(lines);
    }

    /**
     * The summary of a form's errors; {@code label} names a field (null or blank when it has no label:
     * the message is then shown alone).
     */
    public static ErrorSummary of(Map<String, List<String>> fieldErrors, List<String> formErrors,
            Function<String, String> label) {
        List<Line> lines = new ArrayList<>();
        formErrors.forEach(m -> lines.add(new Line(null, null, m)));
        fieldErrors.forEach((field, messages) -> {
            String l = label.apply(field);
            messages.forEach(m -> lines.add(new Line(field, l == null || l.isBlank() ? null : l, m)));
        });
        return new ErrorSummary(lines);
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    public int size() {
        return lines.size();
    }
}
