package org.fazhi.decisions;

import java.util.List;
import java.util.Map;
import org.fazhi.decisions.internal.DecisionAccess;
import org.fazhi.decisions.internal.DecisionProcedure.Step;
import org.fazhi.decisions.internal.DecisionSteps;
import org.fazhi.decisions.internal.PollStore;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.web.Allowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opinion polls (民意调查, seed 000 §5(3); a way of public participation, MD-02) on livelihood decisions: how, of whom, when, and the results. */
@Service
@Transactional
public class OpinionPolls {

    private final PollStore store;
    private final DecisionSteps steps;
    private final DecisionAccess access;

    OpinionPolls(PollStore store, DecisionSteps steps, DecisionAccess access) {
        this.store = store;
        this.steps = steps;
        this.access = access;
    }

    @Allowed.Drafters
    public Poll record(long id, PollRequest r) {
        DecisionSteps.Taken step = steps.take(id, Step.RECORD_POLL, null);
        if (r.endedOn().isBefore(r.startedOn())) {
            throw InvalidInputException.field("endedOn", "decisions.poll.period");
        }
        if (r.endedOn().isAfter(step.today())) {
            throw InvalidInputException.field("endedOn", "decisions.date.future");
        }
        long pollId = store.poll(id, step.decision().roundNo(), r, Actor.current().userId());
        steps.complete(step, Map.of("pollId", pollId, "sampleSize", r.sampleSize(), "endedOn", r.endedOn()));
        return store.polls(id).stream().filter(p -> p.id() == pollId).findFirst().orElseThrow();
    }

    @Transactional(readOnly = true)
    @Allowed.ProcedureReaders
    public List<Poll> ofDecision(long id) {
        access.requireVisible(id);
        return store.polls(id);
    }
}
