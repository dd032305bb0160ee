package org.fazhi.audit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fazhi.shared.InvalidInputException;

/**
 * Filters of an audit search; every filter is optional. {@code from} is inclusive, {@code to}
 * exclusive; {@code unitId} selects the actors of that unit and every unit below it.
 */
public record AuditQuery(Instant from, Instant to, String actor, Long unitId, String entityType, String entityId,
        String action, AuditEntry.Outcome outcome) {

    public static final int MAX_NAME = 64;
    public static final int MAX_CODE = 60;
    public static final int MAX_ID = 100;

    public AuditQuery {
        actor = clean(actor, "actor", MAX_NAME);
        entityType = clean(entityType, "entityType", MAX_CODE);
        entityId = clean(entityId, "entityId", MAX_ID);
        action = clean(action, "action", MAX_CODE);
        if (from != null && to != null && !from.isBefore(to)) {
            throw InvalidInputException.field("to", "audit.filter.range");
        }
        if (unitId != null && unitId < 1) {
            throw InvalidInputException.field("unitId", "audit.filter.unit.invalid");
        }
    }

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null, null, null);
    }

    /** The filters that are set, for the audit entry that records the search itself. */
    public Map<String, Object> describe() {
        Map<String, Object> d = new LinkedHashMap<>();
        put(d, "from", from);
        put(d, "to", to);
        put(d, "actor", actor);
        put(d, "unitId", unitId);
        put(d, "entityType", entityType);
        put(d, "entityId", entityId);
        put(d, "action", action);
        put(d, "outcome", outcome);
        return d;
    }

    private static void put(Map<String, Object> d, String key, Object value) {
        if (value != null) {
            d.put(key, value.toString());
        }
    }

    private static String clean(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw InvalidInputException.field(field, "audit.filter.too-long", max);
        }
        return v;
    }
}
