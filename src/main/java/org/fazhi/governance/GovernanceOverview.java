package org.fazhi.governance;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit's year of rule-of-law government work on one page: its leading group, the principals' 述法,
 * the yearly targets with their status, the plans of the unit with their completion per responsible
 * unit, the tasks of the unit's scope that are overdue, the year's inspections with the findings still
 * open (and overdue), and today.
 */
public record GovernanceOverview(long unitId, String unit, int year, LeadingGroup group,
        List<DutyStatement> statements, List<TargetCheck> targets, List<PlanProgress> plans,
        List<PlanTask> overdueTasks, List<Inspection> inspections, List<Finding> openFindings, LocalDate today) {

    public GovernanceOverview {
        statements = List.copyOf(statements);
        targets = List.copyOf(targets);
        plans = List.copyOf(plans);
        overdueTasks = List.copyOf(overdueTasks);
        inspections = List.copyOf(inspections);
        openFindings = List.copyOf(openFindings);
    }

    /** A plan with its completion per responsible unit. */
    public record PlanProgress(WorkPlan plan, List<WorkPlans.UnitCompletion> units) {

        public PlanProgress {
            units = List.copyOf(units);
        }
    }

    /** The principals on the roster who have no 述法 recorded for the year. */
    public List<GroupMember> principalsWithoutStatement() {
        if (group == null) {
            return List.of();
        }
        return group.principals().stream().filter(p -> statements.stream().noneMatch(s -> s.memberId() == p.id()))
                .toList();
    }

    /** Targets flagged early or missed. */
    public List<TargetCheck> warnings() {
        return targets.stream().filter(t -> t.status() == TargetStatus.WARNING || t.status() == TargetStatus.MISSED)
                .toList();
    }
}
