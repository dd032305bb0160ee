package org.fazhi.decisions;

import java.util.List;
import java.util.Map;
import org.fazhi.decisions.internal.DecisionAccess;
import org.fazhi.decisions.internal.DecisionProcedure.Step;
import org.fazhi.decisions.internal.DecisionSteps;
import org.fazhi.decisions.internal.DecisionsRules;
import org.fazhi.decisions.internal.ImplementationStore;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.deadlines.NewDeadline;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.rules.RuleTerm;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.RefusedException;
import org.fazhi.shared.web.Allowed;
import org.fazhi.units.Unit;
import org.fazhi.units.Units;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Implementation tracking (决策执行, under MD-11): milestones of a published decision, each with its
 * responsible unit (决策执行单位) and due date on the 督办台 until it is reached (overdue ones show there),
 * and reports of the implementation's progress.
 */
@Service
@Transactional
public class Milestones {

    private final ImplementationStore store;
    private final DecisionSteps steps;
    private final DecisionAccess access;
    private final Deadlines deadlines;
    private final Units units;

    Milestones(ImplementationStore store, DecisionSteps steps, DecisionAccess access, Deadlines deadlines,
            Units units) {
        this.store = store;
        this.steps = steps;
        this.access = access;
        this.deadlines = deadlines;
        this.units = units;
    }

    /** Adds a milestone: a unit under the deciding government is responsible for it by its due date. */
    @Allowed.Drafters
    public Milestone add(long id, MilestoneRequest r) {
        DecisionSteps.Taken step = steps.take(id, Step.ADD_MILESTONE, null);
        MajorDecision d = step.decision();
        Unit government = units.find(d.decidingUnitId()).orElseThrow();
        Unit responsible = units.find(r.responsibleUnitId()).orElse(null);
        if (responsible == null || !responsible.isWithin(government)) {
            throw InvalidInputException.field("responsibleUnitId", "decisions.milestone.unit-outside");
        }
        if (r.dueOn().isBefore(step.today())) {
            throw InvalidInputException.field("dueOn", "decisions.milestone.due-past");
        }
        long milestoneId = store.addMilestone(id, r, Actor.current().userId());
        TrackedDeadline deadline = deadlines.trackFixed(new NewDeadline(DecisionCatalog.MODULE,
                Milestone.SUBJECT.name(), String.valueOf(milestoneId), cut(d.title() + " / " + r.title().strip()),
                DecisionsRules.IMPLEMENTATION, RuleTerm.AMOUNT, step.today(), responsible.id(), null,
                "/console/decisions/" + id + "#implementation").withLabel("decisions.deadline.milestone"), r.dueOn());
        store.tracked(milestoneId, deadline.id());
        steps.complete(step, Map.of("milestoneId", milestoneId, "title", r.title().strip(), "responsibleUnitId",
                responsible.id(), "dueOn", r.dueOn()));
        return store.milestone(milestoneId).orElseThrow();
    }

    /** Reports the implementation's progress, optionally on one milestone. */
    @Allowed.Drafters
    public ProgressReport report(long id, ProgressRequest r) {
        DecisionSteps.Taken step = steps.take(id, Step.REPORT_PROGRESS, null);
        if (r.milestoneId() != null) {
            milestoneOf(id, r.milestoneId());
        }
        if (r.reportedOn().isAfter(step.today())) {
            throw InvalidInputException.field("reportedOn", "decisions.date.future");
        }
        long reportId = store.report(id, r, Actor.current().userId());
        steps.complete(step, Map.of("reportId", reportId, "percentDone", r.percentDone(), "milestoneId",
                r.milestoneId() == null ? "" : r.milestoneId()));
        return store.reports(id).stream().filter(x -> x.id() == reportId).findFirst().orElseThrow();
    }

    /** A milestone reached: its deadline is met (late when after the due date). */
    @Allowed.Drafters
    public Milestone complete(long id, long milestoneId, CompletionRequest r) {
        DecisionSteps.Taken step = steps.take(id, Step.COMPLETE_MILESTONE, null);
        Milestone m = milestoneOf(id, milestoneId);
        if (m.done()) {
            throw new RefusedException("milestone-done", "decisions.refused.milestone-done");
        }
        if (r.completedOn().isAfter(step.today())) {
            throw InvalidInputException.field("completedOn", "decisions.date.future");
        }
        store.completed(m.id(), r.completedOn(), r.note().strip());
        if (m.deadlineId() != null && deadlines.find(m.deadlineId()).map(t -> t.status().isActive()).orElse(false)) {
            deadlines.meet(m.deadlineId(), r.completedOn());
        }
        steps.complete(step, Map.of("milestoneId", m.id(), "completedOn", r.completedOn(), "onTime",
                !r.completedOn().isAfter(m.dueOn())));
        return store.milestone(m.id()).orElseThrow();
    }

    @Transactional(readOnly = true)
    @Allowed.ProcedureReaders
    public List<Milestone> ofDecision(long id) {
        access.requireVisible(id);
        return store.milestones(id);
    }

    @Transactional(readOnly = true)
    @Allowed.ProcedureReaders
    public List<ProgressReport> reports(long id) {
        access.requireVisible(id);
        return store.reports(id);
    }

    private Milestone milestoneOf(long id, long milestoneId) {
        return store.milestone(milestoneId).filter(m -> m.decisionId() == id)
                .orElseThrow(() -> new NotFoundException(Milestone.SUBJECT.name(), milestoneId));
    }

    private static String cut(String s) {
        return s.length() > 300 ? s.substring(0, 300) : s;
    }
}
