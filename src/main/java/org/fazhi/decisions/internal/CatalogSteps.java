package org.fazhi.decisions.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fazhi.audit.AuditLog;
import org.fazhi.decisions.CatalogStatus;
import org.fazhi.decisions.DecisionCatalog;
import org.fazhi.decisions.internal.CatalogProcedure.Step;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.StaleVersionException;
import org.fazhi.shared.procedure.Guide;
import org.fazhi.units.DataScope;
import org.fazhi.shared.Actor;
import org.fazhi.units.Role;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.stereotype.Component;

/**
 * How every step on a catalog runs: lock the root (404 outside the actor's scope), check the version
 * the page was based on, let {@link CatalogProcedure} decide, then — after the service's own changes —
 * move the state, save the versioned root and audit, in one transaction.
 */
@Component
public class CatalogSteps {

    /** A step let through: the locked root, the facts it was checked on, where it leads. */
    public record Taken(Step step, CatalogRecord record, CatalogFacts facts, CatalogStatus next) {

        public DecisionCatalog catalog() {
            return facts.catalog();
        }

        public LocalDate today() {
            return facts.today();
        }
    }

    private final CatalogRecords records;
    private final CatalogStore store;
    private final DataScope scope;
    private final AuditLog audit;
    private final Clock clock;

    CatalogSteps(CatalogRecords records, CatalogStore store, DataScope scope, AuditLog audit, Clock clock) {
        this.records = records;
        this.store = store;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    public Taken take(long id, Step step, Integer expectedVersion) {
        DecisionCatalog c = store.lock(id).filter(x -> scope.canSee(x.unitId()))
                .orElseThrow(() -> notFound(id));
        StaleVersionException.check(expectedVersion, c.version(), DecisionCatalog.SUBJECT.name(), id);
        CatalogFacts f = facts(c);
        CatalogStatus next = CatalogProcedure.PROCEDURE.next(step, f);
        return new Taken(step, records.findById(id).orElseThrow(), f, next);
    }

    /** The catalog the actor may see (404 otherwise). */
    public DecisionCatalog visible(long id) {
        return store.find(id).filter(x -> scope.canSee(x.unitId())).orElseThrow(() -> notFound(id));
    }

    public CatalogFacts facts(DecisionCatalog c) {
        int listed = (int) store.items(c.id()).stream().filter(i -> i.listed()).count();
        return new CatalogFacts(c, scope.canSee(c.unitId()),
                Actor.currentHasAnyRole(Role.DRAFTER.name(), Role.RULE_OF_LAW_OFFICE.name()), listed,
                LocalDate.now(clock));
    }

    public Guide<CatalogStatus> guide(DecisionCatalog c) {
        CatalogFacts f = facts(c);
        return new Guide<>(c.status(), "decisions.catalog.next." + c.status().name(), java.util.List.of(),
                CatalogProcedure.PROCEDURE.checks(f, CatalogProcedure.PEOPLE_STEPS));
    }

    public DecisionCatalog complete(Taken taken, Map<String, ?> details) {
        CatalogStatus before = taken.catalog().status();
        taken.record().moveTo(taken.next(), now());
        save(taken.record());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", taken.next());
        after.putAll(details);
        audit.changed(DecisionCatalog.SUBJECT.name(), taken.catalog().id(), CatalogProcedure.name(taken.step()),
                Map.of("status", before), after);
        return store.find(taken.catalog().id()).orElseThrow();
    }

    public void save(CatalogRecord record) {
        try {
            records.save(record);
        } catch (DbActionExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException(DecisionCatalog.SUBJECT.name(), id);
    }
}
