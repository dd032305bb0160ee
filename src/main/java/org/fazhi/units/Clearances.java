package org.fazhi.units;

import org.fazhi.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The acting user's clearance (SECURITY.md AC-07), for the services that read labelled records:
 * the system reads everything, an anonymous visitor only what is {@link SecurityLevel#PUBLIC}, a
 * signed-in account up to the clearance the security administrator gave it
 * ({@link UserAccounts#setClearance}). A refused read answers 404, as one outside the data scope.
 */
@Service
@Transactional(readOnly = true)
public class Clearances {

    private final JdbcClient jdbc;

    Clearances(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The acting user's clearance. */
    public SecurityLevel current() {
        Actor actor = Actor.current();
        if (actor.isSystem()) {
            return SecurityLevel.SENSITIVE;
        }
        if (actor.userId() == null) {
            return SecurityLevel.PUBLIC;
        }
        return jdbc.sql("select clearance from app_user where id = ?").param(actor.userId()).query(String.class)
                .optional().map(SecurityLevel::valueOf).orElse(SecurityLevel.PUBLIC);
    }

    /** Whether the acting user may read a record labelled {@code label}. */
    public boolean permits(SecurityLevel label) {
        return current().covers(label);
    }
}
