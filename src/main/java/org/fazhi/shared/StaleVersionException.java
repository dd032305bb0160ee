package org.fazhi.shared;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A save based on a version of a record that someone else has changed since it was read ("此记录已被
 * 他人修改"): answered 409 with the problem type "stale", and on a console form as a message asking
 * the user to reload. Raised by {@link #check} when a form or request carries the version it was
 * based on, and by Spring Data when two saves of one aggregate race.
 */
public class StaleVersionException extends OptimisticLockingFailureException {

    public StaleVersionException(String entity, Object id) {
        super(entity + " " + id + " was changed by someone else");
    }

    /** Refuses the step when the caller read version {@code expected} and the record is now at {@code actual}. */
    public static void check(Integer expected, int actual, String entity, Object id) {
        if (expected != null && expected != actual) {
            throw new StaleVersionException(entity, id);
        }
    }
}
