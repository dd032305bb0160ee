package org.fazhi.audit;

/** One field's value before and after a change ({@code null} where absent). */
public record FieldChange(String field, Object before, Object after) {
}
