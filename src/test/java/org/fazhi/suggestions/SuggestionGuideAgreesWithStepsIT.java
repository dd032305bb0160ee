package org.fazhi.suggestions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.RefusedException;
import org.fazhi.shared.procedure.Guide;
import org.fazhi.shared.procedure.Procedure;
import org.fazhi.shared.procedure.StepCheck;
import org.fazhi.suggestions.internal.SuggestionProcedure;
import org.fazhi.suggestions.internal.SuggestionProcedure.Step;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The guide of a suggestion never disagrees with the steps: for suggestions in every state, every step a
 * person takes and users of every standing (the coordinating 法治办, the lead unit's clerk and leader, a
 * co-unit's clerk, another unit's clerk and 法治办), "the guide says allowed" holds exactly when the step
 * succeeds with valid input, and a refused step is refused with the guide's reason. Each step runs in a
 * transaction rolled back afterwards.
 */
@FazhiIT
class SuggestionGuideAgreesWithStepsIT extends SuggestionsTestBase {

    @Autowired
    TransactionTemplate transactions;

    private record Outcome(String kind, String code) {

        static final Outcome DONE = new Outcome("done", null);
        static final Outcome NOT_FOUND = new Outcome("not-found", null);
        static final Outcome FORBIDDEN = new Outcome("forbidden", null);
    }

    @Test
    void forEveryStateStepAndUserTheGuideSaysAllowedExactlyWhenTheStepSucceeds() {
        on("2026-06-10");
        Map<String, Long> byState = new LinkedHashMap<>();
        byState.put("registered", registered(SuggestionKind.NPC_SUGGESTION, "待交办").id());
        byState.put("handling", assigned(SuggestionKind.NPC_SUGGESTION, "办理中").id());
        Suggestion opinioned = assigned(SuggestionKind.CPPCC_PROPOSAL, "已提会办意见");
        as(fx.coClerk(), () -> suggestions.opinion(opinioned.id(), new OpinionRequest(fx.co(), "意见", today(), null)));
        byState.put("handling, opinion given", opinioned.id());
        Suggestion extended = assigned(SuggestionKind.CPPCC_PROPOSAL, "已延长");
        as(fx.clerk(), () -> suggestions.extend(extended.id(), new ExtensionRequest("事先说明", null)));
        byState.put("extended", extended.id());
        Suggestion answered = assigned(SuggestionKind.NPC_SUGGESTION, "已答复");
        answered(answered, AnswerCategory.A);
        byState.put("answered", answered.id());
        Suggestion rehandling = assigned(SuggestionKind.NPC_SUGGESTION, "重新办理");
        answered(rehandling, AnswerCategory.C);
        as(fx.clerk(), () -> suggestions.feedback(rehandling.id(), new FeedbackRequest(Satisfaction.DISSATISFIED,
                "不满意", today(), null)));
        byState.put("rehandling", rehandling.id());
        Suggestion closed = assigned(SuggestionKind.NPC_SUGGESTION, "已办结");
        answered(closed, AnswerCategory.B);
        as(fx.clerk(), () -> suggestions.feedback(closed.id(), new FeedbackRequest(Satisfaction.SATISFIED, null,
                today(), null)));
        byState.put("closed", closed.id());
        Suggestion published = assigned(SuggestionKind.NPC_SUGGESTION, "已公开");
        answered(published, AnswerCategory.A);
        as(fx.clerk(), () -> suggestions.publish(published.id(), new VersionRequest(null)));
        byState.put("answered and published", published.id());
        on("2026-03-02");
        Suggestion late = assigned(SuggestionKind.NPC_SUGGESTION, "已超期");
        on("2026-06-10");
        byState.put("overdue", late.id());

        List<String> users = List.of(fx.coordinator(), fx.clerk(), fx.leader(), fx.coClerk(), fx.outsider(),
                fx.otherOffice());
        List<String> disagreements = new ArrayList<>();
        int allowed = 0;
        for (var entry : byState.entrySet()) {
            long id = entry.getValue();
            for (String user : users) {
                Guide<?> g;
                try {
                    g = as(user, () -> guide.of(id));
                } catch (NotFoundException e) {
                    g = null;
                }
                for (Step step : SuggestionProcedure.PEOPLE_STEPS) {
                    Outcome outcome = take(user, attempt(id, step, user));
                    String where = entry.getKey() + " / " + Procedure.name(step) + " / " + user + ": ";
                    if (g == null) {
                        if (outcome != Outcome.NOT_FOUND && outcome != Outcome.FORBIDDEN) {
                            disagreements.add(where + "guide 404 but the step gave " + outcome);
                        }
                        continue;
                    }
                    StepCheck check = g.step(Procedure.name(step));
                    if (check.allowed()) {
                        allowed++;
                        if (outcome != Outcome.DONE) {
                            disagreements.add(where + "guide allowed but the step gave " + outcome);
                        }
                    } else if (outcome == Outcome.DONE) {
                        disagreements.add(where + "guide refused (" + check.code() + ") but the step succeeded");
                    } else if (outcome == Outcome.FORBIDDEN) {
                        if (!"role".equals(check.code())) {
                            disagreements.add(where + "forbidden to the role but the guide said " + check.code());
                        }
                    } else if (!"refused".equals(outcome.kind()) || !outcome.code().equals(check.code())) {
                        disagreements.add(where + "guide refused with " + check.code() + " but the step gave " + outcome);
                    }
                }
            }
        }
        assertThat(allowed).as("allowed combinations exercised").isGreaterThan(15);
        assertThat(disagreements).as("guide and step disagree").isEmpty();
    }

    /** The step with valid input for the user: the co-unit the user may speak for, dates the round allows. */
    private Supplier<Object> attempt(long id, Step step, String user) {
        return switch (step) {
            case ASSIGN -> () -> suggestions.assign(id, new AssignRequest(fx.lead(), List.of(fx.co()), today(), false,
                    null));
            case OPINION -> () -> suggestions.opinion(id, new OpinionRequest(fx.co(), "意见", today(), null));
            case EXTEND -> () -> suggestions.extend(id, new ExtensionRequest("较长期限", null));
            case ANSWER -> () -> suggestions.answer(id, new AnswerRequest(AnswerCategory.B, "答复", today(), null, null));
            case CLOSE -> () -> suggestions.feedback(id, new FeedbackRequest(Satisfaction.SATISFIED, null, today(),
                    null));
            case REHANDLE -> () -> suggestions.feedback(id, new FeedbackRequest(Satisfaction.DISSATISFIED, "不满意",
                    today(), null));
            case PUBLISH -> () -> suggestions.publish(id, new VersionRequest(null));
        };
    }

    private Outcome take(String user, Supplier<Object> step) {
        return as(user, () -> transactions.execute(tx -> {
            tx.setRollbackOnly();
            try {
                step.get();
                return Outcome.DONE;
            } catch (RefusedException e) {
                return new Outcome("refused", e.code());
            } catch (InvalidInputException e) {
                return new Outcome("invalid", e.fieldProblems().toString());
            } catch (AccessDeniedException e) {
                return Outcome.FORBIDDEN;
            } catch (NotFoundException e) {
                return Outcome.NOT_FOUND;
            }
        }));
    }
}
