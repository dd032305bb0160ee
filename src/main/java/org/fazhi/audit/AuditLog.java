package org.fazhi.audit;

import java.util.List;
import java.util.Map;

/**
 * Writes audit entries. Call it inside the transaction of the change: if the audit write fails,
 * the change fails with it. Values are compared field by field; fields whose names suggest
 * secrets (password, token, secret, hash) are never stored.
 */
public interface AuditLog {

    /** A new record: every non-null field as "after". */
    void created(String entityType, Object entityId, Object after);

    /**
     * Many new records of one type in one step (an import): one entry per record, exactly as
     * {@link #created} writes it, inserted together with their pending markers; the chainer then links
     * them like any others, so the chain stays verifiable entry by entry.
     */
    void createdAll(String entityType, List<Created> records);

    /** A new record for {@link #createdAll}: its id and every non-null field as "after". */
    record Created(Object entityId, Object after) {
    }

    /** A changed record: only the fields that differ. */
    void changed(String entityType, Object entityId, Object before, Object after);

    /** A removed record: every field as "before". */
    void deleted(String entityType, Object entityId, Object before);

    /** An action without a record diff (sign-in, export, verification), with optional details. */
    void action(String entityType, Object entityId, String action, Map<String, ?> details);

    /** A refused or failed attempt (bad password, forbidden access). */
    void failure(String entityType, Object entityId, String action, Map<String, ?> details);

    /** An entry on behalf of an explicit actor (sign-in, where no one is signed in yet). */
    void as(org.fazhi.shared.Actor actor, String entityType, Object entityId, String action, boolean success,
            Map<String, ?> details);

    /** A change with an explicit action name, e.g. "transition" with before/after state. */
    void changed(String entityType, Object entityId, String action, Object before, Object after);
}
