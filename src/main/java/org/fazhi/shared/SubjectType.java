package org.fazhi.shared;

/**
 * The identity of a kind of record that other modules refer to — by a review request, a deadline, an
 * audit entry, a stored file: the owning module and the record type's name (e.g. normdocs /
 * normative-document). Each module declares its subject types once, as constants of its API, and
 * every reference uses them, so listeners compare types instead of strings.
 */
public record SubjectType(String module, String name) {

    public SubjectType {
        if (module == null || module.isBlank() || name == null || name.isBlank()) {
            throw new IllegalArgumentException("module and name are required");
        }
    }

    /** One record of this type. */
    public SubjectRef ref(Object id) {
        return new SubjectRef(this, String.valueOf(id));
    }

    public boolean is(String module, String name) {
        return this.module.equals(module) && this.name.equals(name);
    }
}
