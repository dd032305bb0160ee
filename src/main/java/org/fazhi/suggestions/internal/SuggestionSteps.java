package org.fazhi.suggestions.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fazhi.audit.AuditLog;
import org.fazhi.shared.StaleVersionException;
import org.fazhi.suggestions.Suggestion;
import org.fazhi.suggestions.SuggestionStatus;
import org.fazhi.suggestions.internal.SuggestionProcedure.Step;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.stereotype.Component;

/**
 * How every step of a suggestion runs: lock it (404 outside the scope), check the version, let
 * {@link SuggestionProcedure} decide, then move the state, save the versioned root and audit.
 */
@Component
public class SuggestionSteps {

    /** A step let through: the locked root, the facts it was checked on, its target. */
    public record Taken(Step step, SuggestionRecord record, SuggestionFacts facts, SuggestionStatus next) {

        public Suggestion suggestion() {
            return facts.suggestion();
        }

        public long id() {
            return facts.suggestion().id();
        }
    }

    private final SuggestionRoots records;
    private final SuggestionsStore store;
    private final SuggestionFactsReader facts;
    private final AuditLog audit;
    private final Clock clock;

    SuggestionSteps(SuggestionRoots records, SuggestionsStore store, SuggestionFactsReader facts, AuditLog audit,
            Clock clock) {
        this.records = records;
        this.store = store;
        this.facts = facts;
        this.audit = audit;
        this.clock = clock;
    }

    public Taken take(long id, Step step, Integer expectedVersion) {
        SuggestionFacts f = facts.lock(id);
        StaleVersionException.check(expectedVersion, f.suggestion().version(), Suggestion.SUBJECT.name(), id);
        SuggestionStatus next = SuggestionProcedure.PROCEDURE.next(step, f);
        return new Taken(step, records.findById(id).orElseThrow(), f, next);
    }

    public Suggestion complete(Taken taken, Map<String, ?> details) {
        SuggestionStatus before = taken.suggestion().status();
        taken.record().moveTo(taken.next(), now());
        save(taken.record());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", taken.next());
        after.putAll(details);
        audit.changed(Suggestion.SUBJECT.name(), taken.id(), SuggestionProcedure.name(taken.step()),
                Map.of("status", before), after);
        return store.find(taken.id()).orElseThrow();
    }

    public SuggestionRecord save(SuggestionRecord record) {
        try {
            return records.save(record);
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
}
