package org.fazhi.decisions;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.decisions.internal.DecisionAccess;
import org.fazhi.decisions.internal.DecisionProcedure.Step;
import org.fazhi.decisions.internal.DecisionSteps;
import org.fazhi.decisions.internal.ExpertStore;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.RefusedException;
import org.fazhi.shared.web.Allowed;
import org.fazhi.units.Units;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Expert argumentation (专家论证, MD-04) of a specialised or technical decision: each argumentation on
 * the current version with each expert's opinion — an expert with a direct interest in the matter is
 * refused (与决策事项有直接利害关系的专家应当回避) — and each opinion answered.
 */
@Service
@Transactional
public class Argumentations {

    private final ExpertStore store;
    private final Experts experts;
    private final DecisionSteps steps;
    private final DecisionAccess access;
    private final Units units;

    Argumentations(ExpertStore store, Experts experts, DecisionSteps steps, DecisionAccess access, Units units) {
        this.store = store;
        this.experts = experts;
        this.steps = steps;
        this.access = access;
        this.units = units;
    }

    /**
     * Records an argumentation with the experts' opinions. Each expert must be on a register the
     * decision may use, declare no direct interest, and have none the register shows against the
     * decision's interested parties (expert-conflict names the party).
     */
    @Allowed.Drafters
    public Argumentation record(long id, ArgumentationRequest r) {
        DecisionSteps.Taken step = steps.take(id, Step.RECORD_ARGUMENTATION, null);
        MajorDecision d = step.decision();
        if (r.heldOn().isAfter(step.today())) {
            throw InvalidInputException.field("heldOn", "decisions.date.future");
        }
        String organiser = organiser(r);
        List<Expert> usable = experts.usableFor(d);
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (int i = 0; i < r.opinions().size(); i++) {
            ArgumentationRequest.Opinion o = r.opinions().get(i);
            Expert e = usable.stream().filter(x -> x.id().equals(o.expertId())).findFirst()
                    .orElseThrow(() -> InvalidInputException.field("opinions", "decisions.expert.unknown"));
            if (!seen.add(e.id())) {
                throw InvalidInputException.field("opinions", "decisions.expert.twice", e.name());
            }
            if (!Boolean.TRUE.equals(o.declaresNoDirectInterest())) {
                throw new RefusedException("expert-conflict", "decisions.refused.expert-declared-interest", e.name(),
                        org.fazhi.decisions.internal.DecisionsRules.EXPERTS);
            }
            Optional<String> conflict = Experts.conflict(e, d.interestedParties());
            if (conflict.isPresent()) {
                throw new RefusedException("expert-conflict", "decisions.refused.expert-conflict", e.name(),
                        conflict.get(), org.fazhi.decisions.internal.DecisionsRules.EXPERTS);
            }
        }
        long argumentationId = store.argumentation(id, d.roundNo(), r.form(), r.heldOn(), r.organiserUnitId(), organiser,
                d.currentVersionId(), r.summary() == null || r.summary().isBlank() ? null : r.summary().strip(),
                Actor.current().userId());
        for (ArgumentationRequest.Opinion o : r.opinions()) {
            Expert e = usable.stream().filter(x -> x.id().equals(o.expertId())).findFirst().orElseThrow();
            store.opinion(argumentationId, id, e.id(), e.name(), o.opinion().strip());
        }
        steps.complete(step, Map.of("argumentationId", argumentationId, "form", r.form(), "experts",
                r.opinions().size(), "organiser", organiser));
        return store.ofDecision(id).stream().filter(a -> a.id() == argumentationId).findFirst().orElseThrow();
    }

    /** Answers an expert's opinion: how it was taken up, and why. */
    @Allowed.Drafters
    public ExpertOpinion answer(long id, long opinionId, AnswerRequest r) {
        DecisionSteps.Taken step = steps.take(id, Step.ANSWER_EXPERT_OPINION, null);
        ExpertOpinion o = store.opinion(opinionId).filter(x -> x.decisionId() == id)
                .orElseThrow(() -> new NotFoundException("expert-opinion", opinionId));
        store.answer(o.id(), r.kind(), r.answer().strip(), Actor.current().userId());
        steps.complete(step, Map.of("opinionId", o.id(), "expert", o.expertName(), "answer", r.kind()));
        return store.opinion(opinionId).orElseThrow();
    }

    @Transactional(readOnly = true)
    @Allowed.ProcedureReaders
    public List<Argumentation> ofDecision(long id) {
        access.requireVisible(id);
        return store.ofDecision(id);
    }

    private String organiser(ArgumentationRequest r) {
        if (r.organiserUnitId() != null) {
            return units.find(r.organiserUnitId()).map(u -> u.name())
                    .orElseThrow(() -> InvalidInputException.field("organiserUnitId", "decisions.unit.unknown"));
        }
        if (r.organiserName() == null || r.organiserName().isBlank()) {
            throw InvalidInputException.field("organiserName", "decisions.text.required");
        }
        return r.organiserName().strip();
    }
}
