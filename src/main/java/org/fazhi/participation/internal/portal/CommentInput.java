package org.fazhi.participation.internal.portal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fazhi.participation.CommentRequest;

/**
 * Checks a comment form as {@link CommentRequest}'s constraints say and names, per field, the message
 * key the commenter reads (contact required and a mobile number or e-mail address; content required,
 * at most 5000 characters; name and organisation optional, bounded; the article one of the draft's).
 */
final class CommentInput {

    private static final String[] FIELDS = {"articleNo", "name", "contact", "organisation", "content"};

    private CommentInput() {
    }

    /** Blank optional fields become null; text is kept as typed otherwise. */
    static CommentRequest form(String name, String contact, String organisation, String content, Integer articleNo) {
        return new CommentRequest(blank(name), contact == null ? "" : contact.strip(), blank(organisation),
                content == null ? "" : content, articleNo);
    }

    /** Field name to message key, in form order; empty when the form is acceptable. */
    static Map<String, String> problems(Validator validator, CommentRequest form) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String field : FIELDS) {
            var violations = validator.validateProperty(form, field);
            if (!violations.isEmpty()) {
                boolean missing = violations.stream().map(CommentInput::constraint).anyMatch("NotBlank"::equals);
                out.put(field, key(field, missing ? "NotBlank" : constraint(violations.iterator().next())));
            }
        }
        return out;
    }

    /** The article chosen on the form: null for the draft as a whole; -1 when it is not a number. */
    static Integer article(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String v = raw.strip();
        return v.matches("\\d{1,3}") ? Integer.valueOf(v) : -1;
    }

    private static String constraint(ConstraintViolation<CommentRequest> v) {
        return v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    }

    private static String key(String field, String constraint) {
        return switch (field) {
            case "contact" -> "NotBlank".equals(constraint) ? "participationportal.comment.contact.required"
                    : "participationportal.comment.contact.invalid";
            case "content" -> "NotBlank".equals(constraint) ? "participationportal.comment.content.required"
                    : "participationportal.comment.content.too-long";
            case "name" -> "participationportal.comment.name.too-long";
            case "articleNo" -> "participationportal.comment.article.unknown";
            default -> "participationportal.comment.organisation.too-long";
        };
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
