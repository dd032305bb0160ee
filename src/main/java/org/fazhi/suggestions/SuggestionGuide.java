package org.fazhi.suggestions;

import java.util.List;
import org.fazhi.shared.procedure.Guide;
import org.fazhi.suggestions.internal.SuggestionFacts;
import org.fazhi.suggestions.internal.SuggestionFactsReader;
import org.fazhi.suggestions.internal.SuggestionProcedure;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What comes next for a suggestion, and for every step whether the user may take it now or why not. */
@Service
@Transactional(readOnly = true)
public class SuggestionGuide {

    private final SuggestionFactsReader facts;

    SuggestionGuide(SuggestionFactsReader facts) {
        this.facts = facts;
    }

    public Guide<SuggestionStatus> of(long id) {
        return of(facts.read(id));
    }

    public Guide<SuggestionStatus> of(SuggestionFacts f) {
        Suggestion s = f.suggestion();
        String key;
        List<Object> args;
        switch (s.status()) {
            case REGISTERED -> {
                key = "suggestions.next.assign";
                args = List.of(f.ruleId(), String.valueOf(f.limitMonths()));
            }
            case HANDLING, REHANDLING -> {
                boolean overdue = f.answerDue() != null && f.today().isAfter(f.answerDue());
                key = overdue ? "suggestions.next.overdue"
                        : s.status() == SuggestionStatus.REHANDLING ? "suggestions.next.rehandle"
                        : "suggestions.next.answer";
                args = List.of(String.valueOf(f.answerDue()), f.ruleId());
            }
            case ANSWERED -> {
                key = "suggestions.next.feedback";
                args = List.of();
            }
            default -> {
                key = s.published() ? "suggestions.next.closed" : "suggestions.next.closed-unpublished";
                args = List.of();
            }
        }
        return new Guide<>(s.status(), key, args,
                SuggestionProcedure.PROCEDURE.checks(f, SuggestionProcedure.PEOPLE_STEPS));
    }
}
