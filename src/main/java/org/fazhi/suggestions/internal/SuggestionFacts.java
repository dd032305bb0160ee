package org.fazhi.suggestions.internal;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.suggestions.Suggestion;
import org.fazhi.suggestions.SuggestionStatus;

/**
 * What the gates of a suggestion read: the record; whether the actor's roles carry the handling (drafting
 * offices and the 法治办); whether the actor coordinates it (the 法治办 whose scope holds the coordinating
 * unit) or stands for the lead unit; the co-units in the actor's scope and those of them still owing their
 * opinion in this round; the answer clock's due date (null while none runs), the rule's numbers (months)
 * and today.
 */
public record SuggestionFacts(Suggestion suggestion, boolean actorHandles, boolean actorCoordinates,
        boolean actorLeads, List<Long> actorCoUnits, List<Long> actorCoUnitsOwing, LocalDate answerDue,
        int limitMonths, int longerMonths, LocalDate today) {

    public SuggestionStatus status() {
        return suggestion.status();
    }

    public String ruleId() {
        return suggestion.kind().ruleId();
    }
}
