package org.fazhi.suggestions.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.rules.RuleTerm;
import org.fazhi.rules.RulesCatalog;
import org.fazhi.shared.Actor;
import org.fazhi.suggestions.Suggestion;
import org.fazhi.units.Role;
import org.springframework.stereotype.Component;

/** Gathers the {@link SuggestionFacts} of a suggestion, after the visibility check (404 first). */
@Component
public class SuggestionFactsReader {

    private final SuggestionAccess access;
    private final SuggestionsStore store;
    private final Deadlines deadlines;
    private final RulesCatalog rules;
    private final Clock clock;

    SuggestionFactsReader(SuggestionAccess access, SuggestionsStore store, Deadlines deadlines, RulesCatalog rules,
            Clock clock) {
        this.access = access;
        this.store = store;
        this.deadlines = deadlines;
        this.rules = rules;
        this.clock = clock;
    }

    public SuggestionFacts lock(long id) {
        return of(access.lock(id));
    }

    public SuggestionFacts read(long id) {
        return of(access.require(id));
    }

    public SuggestionFacts of(Suggestion s) {
        LocalDate today = LocalDate.now(clock);
        LocalDate due = s.answerDeadlineId() == null || !(s.status() == org.fazhi.suggestions.SuggestionStatus.HANDLING
                || s.status() == org.fazhi.suggestions.SuggestionStatus.REHANDLING) ? null
                : deadlines.find(s.answerDeadlineId()).map(TrackedDeadline::dueDate).orElse(null);
        boolean handles = Actor.currentHasAnyRole(Role.DRAFTER.name(), Role.RULE_OF_LAW_OFFICE.name());
        boolean coordinates = Actor.currentHasAnyRole(Role.RULE_OF_LAW_OFFICE.name())
                && access.canSee(s.coordinatorUnitId());
        boolean leads = handles && s.leadUnitId() != null && access.canSee(s.leadUnitId());
        List<Long> coUnits = handles ? access.coUnitsInScope(s) : List.of();
        Map<Long, Object[]> given = s.round() == 0 ? Map.of() : store.opinions(s.id(), s.round());
        List<Long> owing = coUnits.stream().filter(u -> !given.containsKey(u)).toList();
        LocalDate on = s.assignedOn() == null ? today : s.assignedOn();
        Long unit = s.leadUnitId() == null ? s.coordinatorUnitId() : s.leadUnitId();
        int months = rules.period(s.kind().ruleId(), RuleTerm.AMOUNT, on, unit).months();
        int longer = rules.period(s.kind().ruleId(), RuleTerm.MAX_AMOUNT, on, unit).months();
        return new SuggestionFacts(s, handles, coordinates, leads, coUnits, owing, due, months, longer, today);
    }
}
