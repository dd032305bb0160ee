package org.fazhi.normdocs.internal.portal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fazhi.normdocs.CommentRequest;

/**
 * Checks a comment form as {@link CommentRequest}'s constraints say and names, per field, the message
 * key the commenter reads (contact required and a mobile number or e-mail address; content required,
 * at most 5000 characters; name and organisation optional, bounded).
 */
final class CommentInput {

    private CommentInput() {
    }

    /** Blank optional fields become null; text is kept as typed otherwise. */
    static CommentRequest form(String name, String contact, String organisation, String content) {
        return new CommentRequest(blank(name), contact == null ? "" : contact.strip(), blank(organisation),
                content == null ? "" : content);
    }

    /** Field name to message key, in form order; empty when the form is acceptable. */
    static Map<String, String> problems(Validator validator, CommentRequest form) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String field : new String[] {"name", "contact", "organisation", "content"}) {
            var violations = validator.validateProperty(form, field);
            if (!violations.isEmpty()) {
                boolean missing = violations.stream().map(CommentInput::constraint).anyMatch("NotBlank"::equals);
                out.put(field, key(field, missing ? "NotBlank" : constraint(violations.iterator().next())));
            }
        }
        return out;
    }

    private static String constraint(ConstraintViolation<CommentRequest> v) {
        return v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    }

    private static String key(String field, String constraint) {
        return switch (field) {
            case "contact" -> "NotBlank".equals(constraint) ? "normdocsportal.comment.contact.required"
                    : "normdocsportal.comment.contact.invalid";
            case "content" -> "NotBlank".equals(constraint) ? "normdocsportal.comment.content.required"
                    : "normdocsportal.comment.content.too-long";
            case "name" -> "normdocsportal.comment.name.too-long";
            default -> "normdocsportal.comment.organisation.too-long";
        };
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
