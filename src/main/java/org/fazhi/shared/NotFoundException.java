package org.fazhi.shared;

/**
 * The record does not exist, or it lies outside the caller's data scope: both answer 404 so
 * that another unit's records cannot even be probed.
 */
public class NotFoundException extends RuntimeException {

    private final String entity;
    private final Object id;

    public NotFoundException(String entity, Object id) {
        super(entity + " " + id + " not found");
        this.entity = entity;
        this.id = id;
    }

    public String entity() {
        return entity;
    }

    public Object id() {
        return id;
    }
}
