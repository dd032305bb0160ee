package org.fazhi.audit.internal;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.fazhi.audit.AuditEntry;
import org.fazhi.audit.AuditQuery;
import org.fazhi.shared.InvalidInputException;

/**
 * The audit filters as they arrive from a form or a query string. {@code from} and {@code to} are
 * dates ({@code 2026-11-01}, whole days in Beijing time, both inclusive) or ISO date-times with an
 * offset ({@code 2026-11-01T08:00:00+08:00}; {@code to} exclusive).
 */
record AuditFilter(
        @Size(max = 40) String from,
        @Size(max = 40) String to,
        @Size(max = AuditQuery.MAX_NAME) String actor,
        @Positive Long unitId,
        @Size(max = AuditQuery.MAX_CODE) String entityType,
        @Size(max = AuditQuery.MAX_ID) String entityId,
        @Size(max = AuditQuery.MAX_CODE) String action,
        @Pattern(regexp = "SUCCESS|FAILURE", message = "{audit.filter.outcome.invalid}") String outcome) {

    static final AuditFilter NONE = new AuditFilter(null, null, null, null, null, null, null, null);

    AuditQuery toQuery(ZoneId zone) {
        return new AuditQuery(instant(from, "from", zone, false), instant(to, "to", zone, true), actor, unitId,
                entityType, entityId, action, outcome == null || outcome.isBlank() ? null
                        : AuditEntry.Outcome.valueOf(outcome));
    }

    private static Instant instant(String text, String field, ZoneId zone, boolean end) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            if (t.length() == 10) {
                LocalDate day = LocalDate.parse(t);
                return (end ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
            }
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeException e) {
            throw InvalidInputException.field(field, "audit.filter.time");
        }
    }
}
