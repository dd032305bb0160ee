package org.fazhi.shared;

/** One record of a {@link SubjectType}: the type and the record's id as text. */
public record SubjectRef(SubjectType type, String id) {

    public SubjectRef {
        if (type == null || id == null || id.isBlank()) {
            throw new IllegalArgumentException("type and id are required");
        }
    }

    public boolean is(SubjectType expected) {
        return type.equals(expected);
    }

    /** The id as a number, for subjects whose ids are numeric. */
    public long longId() {
        return Long.parseLong(id);
    }
}
