package org.fazhi.suggestions.internal;

import org.fazhi.shared.procedure.Gate;
import org.fazhi.shared.procedure.Refusal;

/** The gates of a suggestion, each written once and named as the rule it enforces. */
public final class SuggestionPolicies {

    private SuggestionPolicies() {
    }

    /** Suggestions are handled by drafting offices and the 法治办, not by leaders, reviewers or officers (roles). */
    public static final Gate<SuggestionFacts> ONLY_HANDLING_STAFF = Gate.require(SuggestionFacts::actorHandles,
            "role", "suggestions.refused.role");

    /** 交办 is the coordinating unit's (its 法治办 / 政府办), not the lead unit's. */
    public static final Gate<SuggestionFacts> ONLY_THE_COORDINATOR_ASSIGNS = Gate.require(
            SuggestionFacts::actorCoordinates, "not-coordinator", "suggestions.refused.not-coordinator");

    /** The answer, and the longer limit, are the lead unit's (主办单位负责答复). */
    public static final Gate<SuggestionFacts> ONLY_THE_LEAD_UNIT_ANSWERS = Gate.require(SuggestionFacts::actorLeads,
            "not-lead-unit", "suggestions.refused.not-lead-unit");

    /** The feedback form and the publication are recorded by the lead unit or the coordinating unit. */
    public static final Gate<SuggestionFacts> LEAD_OR_COORDINATOR = Gate.require(
            f -> f.actorLeads() || f.actorCoordinates(), "not-lead-unit", "suggestions.refused.not-lead-unit");

    /** A co-unit's opinion comes from a co-unit (会办单位). */
    public static final Gate<SuggestionFacts> ONLY_A_CO_UNIT_GIVES_AN_OPINION = Gate.require(
            f -> !f.actorCoUnits().isEmpty(), "not-co-unit", "suggestions.refused.not-co-unit");

    /** Each co-unit gives its opinion once in a round. */
    public static final Gate<SuggestionFacts> OPINION_ONCE_PER_ROUND = Gate.require(
            f -> !f.actorCoUnitsOwing().isEmpty(), "opinion-given", "suggestions.refused.opinion-given");

    /** The longer limit is set once: at 交办 for a difficult suggestion, or later once (NP-01 / NP-02). */
    public static final Gate<SuggestionFacts> LONGER_LIMIT_ONLY_ONCE = Gate.require(
            f -> !f.suggestion().difficult() && f.suggestion().extendedOn() == null, "already-extended",
            f -> Refusal.of("already-extended", "suggestions.refused.already-extended", f.ruleId(),
                    String.valueOf(f.longerMonths())));

    /**
     * The longer limit is recorded before the first one ends (NP-01: 3 months, 6 for the difficult; NP-02:
     * explained beforehand, at most 6).
     */
    public static final Gate<SuggestionFacts> LONGER_LIMIT_BEFORE_THE_FIRST_ENDS = Gate.require(
            f -> f.answerDue() != null && !f.today().isAfter(f.answerDue()), "extension-too-late",
            f -> Refusal.of("extension-too-late", "suggestions.refused.extension-too-late", f.ruleId(),
                    String.valueOf(f.limitMonths()), String.valueOf(f.answerDue())));

    /** An answer is published once. */
    public static final Gate<SuggestionFacts> PUBLISHED_ONCE = Gate.require(f -> !f.suggestion().published(),
            "already-published", "suggestions.refused.already-published");
}
