package org.fazhi.audit.internal;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.fazhi.audit.AuditEntry;
import org.fazhi.audit.AuditQuery;
import org.fazhi.audit.FieldChange;
import org.fazhi.audit.SignInFailures;
import org.fazhi.shared.PageQuery;
import org.fazhi.shared.PageResult;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a query and the auditor's scope into SQL criteria and stored rows into entries. The
 * caller (the {@code AuditTrail} service) has checked the role and resolved the unit ids.
 */
@Component
public class AuditReader {

    private static final TypeReference<List<FieldChange>> CHANGES = new TypeReference<>() {
    };

    private final AuditStore store;
    private final JsonMapper json;

    AuditReader(AuditStore store, JsonMapper json) {
        this.store = store;
        this.json = json;
    }

    public PageResult<AuditEntry> search(Set<Long> scope, Set<Long> subtree, AuditQuery q, PageQuery page) {
        AuditStore.Criteria c = criteria(scope, subtree, q);
        long total = store.count(c);
        List<AuditEntry> items = total == 0 ? List.of()
                : store.search(c, page.offset(), page.size()).stream().map(this::entry).toList();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    public long forEachMatching(Set<Long> scope, Set<Long> subtree, AuditQuery q, Consumer<AuditStore.Row> sink) {
        return store.forEachMatching(criteria(scope, subtree, q), sink);
    }

    public SignInFailures signInFailures(Set<Long> scope, AuditQuery period, int limit) {
        AuditStore.Criteria c = criteria(scope, null, period);
        return new SignInFailures(period.from(), period.to(), store.failuresByAccount(c, limit),
                store.failuresByAddress(c, limit));
    }

    AuditEntry entry(AuditStore.Row r) {
        return new AuditEntry(r.seq(), r.occurredAt(), r.actorId(), r.actorName(), r.actorUnitId(), r.ip(),
                r.entityType(), r.entityId(), r.action(), outcome(r.outcome()), changes(r.changes()), r.requestId(),
                r.chainSeq(), r.prevHash(), r.hash());
    }

    /** The stored changes; text that is not a list of changes (a tampered row) is shown as it is. */
    private List<FieldChange> changes(String stored) {
        try {
            List<FieldChange> list = json.readValue(stored, CHANGES);
            return list == null ? List.of() : list;
        } catch (JacksonException e) {
            return List.of(new FieldChange("changes", null, stored));
        }
    }

    private static AuditEntry.Outcome outcome(String stored) {
        return "SUCCESS".equals(stored) ? AuditEntry.Outcome.SUCCESS : AuditEntry.Outcome.FAILURE;
    }

    private static AuditStore.Criteria criteria(Set<Long> scope, Set<Long> subtree, AuditQuery q) {
        return new AuditStore.Criteria(q.from(), q.to(), q.actor(), scope, subtree, q.entityType(), q.entityId(),
                q.action(), q.outcome() == null ? null : q.outcome().name());
    }
}
