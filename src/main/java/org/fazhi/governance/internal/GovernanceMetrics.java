package org.fazhi.governance.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fazhi.assessment.Metric;
import org.fazhi.assessment.MetricKind;
import org.fazhi.assessment.MetricRecord;
import org.fazhi.assessment.MetricSource;
import org.fazhi.assessment.MetricValue;
import org.fazhi.governance.DutyStatement;
import org.fazhi.governance.Finding;
import org.fazhi.governance.Governance;
import org.fazhi.governance.GovernanceTargets;
import org.fazhi.governance.GroupMember;
import org.fazhi.governance.Inspection;
import org.fazhi.governance.InspectionKind;
import org.fazhi.governance.LeadingGroup;
import org.fazhi.governance.Meeting;
import org.fazhi.governance.MeetingKind;
import org.fazhi.governance.PlanTask;
import org.fazhi.governance.TargetCheck;
import org.fazhi.governance.TaskStatus;
import org.fazhi.units.Units;
import org.springframework.stereotype.Component;

/**
 * The governance figures for the assessment, per unit subtree and year, each with the records behind
 * it: the share of the units held to the yearly targets that met each of them (SD-09, SD-10, SD-11,
 * SD-13, SD-14 — a unit with three study sessions is a record not counted), the meetings held of each
 * kind, the principals' 述法, the plans' tasks done and done on time and those overdue, the inspections
 * and self-inspections held, and the findings rectified and closed.
 */
@Component
public class GovernanceMetrics implements MetricSource {

    static final String P = "governance.";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static final Map<String, String> TARGET_RULES = Map.of("study-sessions", GovernanceRules.STUDY_SESSIONS,
            "hearing-attendance", GovernanceRules.HEARING_ATTENDANCE, "special-meetings", GovernanceRules.SPECIAL_MEETINGS,
            "self-inspections", GovernanceRules.SELF_INSPECTIONS, "assessment-weight", GovernanceRules.ASSESSMENT_WEIGHT);

    private static final List<Metric> METRICS = List.of(
            rate("study-sessions-target", GovernanceRules.STUDY_SESSIONS, HUNDRED),
            rate("hearing-attendance-target", GovernanceRules.HEARING_ATTENDANCE, HUNDRED),
            rate("special-meetings-target", GovernanceRules.SPECIAL_MEETINGS, HUNDRED),
            rate("self-inspections-target", GovernanceRules.SELF_INSPECTIONS, HUNDRED),
            rate("assessment-weight-target", GovernanceRules.ASSESSMENT_WEIGHT, HUNDRED),
            count("study-sessions"), count("hearing-attendance"), count("special-meetings"),
            rate("duty-statements", null, null),
            rate("tasks-done", null, null),
            rate("tasks-on-time", null, null),
            count("tasks-overdue"),
            count("inspections"),
            count("self-inspections"),
            rate("rectifications-closed", null, null),
            count("leading-groups"));

    private final GovernanceStore store;
    private final GovernanceTargets targets;
    private final Units units;
    private final Clock clock;

    GovernanceMetrics(GovernanceStore store, GovernanceTargets targets, Units units, Clock clock) {
        this.store = store;
        this.targets = targets;
        this.units = units;
        this.clock = clock;
    }

    private static Metric rate(String id, String rule, BigDecimal target) {
        return new Metric(P + id, Governance.MODULE, "metric.governance." + id, MetricKind.RATE, rule, target);
    }

    private static Metric count(String id) {
        return new Metric(P + id, Governance.MODULE, "metric.governance." + id, MetricKind.COUNT, null, null);
    }

    @Override
    public List<Metric> metrics() {
        return METRICS;
    }

    @Override
    public MetricValue value(String id, Set<Long> unitIds, int year) {
        Metric m = METRICS.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        List<MetricRecord> records = records(id, unitIds, year);
        long counted = records.stream().filter(MetricRecord::counted).count();
        return m.kind() == MetricKind.RATE ? MetricValue.rate(id, counted, records.size())
                : MetricValue.count(id, counted);
    }

    @Override
    public List<MetricRecord> records(String id, Set<Long> unitIds, int year) {
        LocalDate today = LocalDate.now(clock);
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        String metric = id.startsWith(P) ? id.substring(P.length()) : id;
        if (metric.endsWith("-target")) {
            String target = metric.substring(0, metric.length() - "-target".length());
            if (!TARGET_RULES.containsKey(target)) {
                throw new IllegalArgumentException("unknown metric " + id);
            }
            return targets.checks(targets.heldUnits(unitIds, year), year, today).stream()
                    .filter(c -> c.target().equals(target)).map(GovernanceMetrics::target).toList();
        }
        return switch (metric) {
            case "study-sessions" -> meetings(unitIds, from, to, MeetingKind.STUDY_SESSION);
            case "hearing-attendance" -> meetings(unitIds, from, to, MeetingKind.HEARING_ATTENDANCE);
            case "special-meetings" -> meetings(unitIds, from, to, MeetingKind.SPECIAL_MEETING);
            case "duty-statements" -> statements(unitIds, year);
            case "tasks-done" -> tasks(unitIds, year).stream().map(t -> task(t, t.status() == TaskStatus.DONE)).toList();
            case "tasks-on-time" -> tasks(unitIds, year).stream().filter(t -> t.status() == TaskStatus.DONE)
                    .map(t -> task(t, !t.late())).toList();
            case "tasks-overdue" -> tasks(unitIds, year).stream().filter(t -> t.overdueOn(today)).map(t -> task(t, true))
                    .toList();
            case "inspections" -> inspections(unitIds, from, to, null);
            case "self-inspections" -> inspections(unitIds, from, to, InspectionKind.SELF_INSPECTION);
            case "rectifications-closed" -> store.findings(unitIds, from, to).stream()
                    .filter(f -> unitIds.contains(f.ownerUnitId())).map(GovernanceMetrics::finding).toList();
            case "leading-groups" -> store.groups(unitIds, year).stream().map(g -> new MetricRecord(
                    units.name(g.unitId()) + " " + g.name(), "/console/governance/groups/" + g.id(), true,
                    String.valueOf(g.members().size()))).toList();
            default -> throw new IllegalArgumentException("unknown metric " + id);
        };
    }

    private static MetricRecord target(TargetCheck c) {
        String actual = c.actual() == null ? "-" : c.actual().stripTrailingZeros().toPlainString();
        return new MetricRecord(c.unit(), "/console/governance?unitId=" + c.unitId() + "&year=" + c.year(), c.met(),
                actual + " / " + c.required().stripTrailingZeros().toPlainString() + " (" + c.ruleId() + ")");
    }

    private List<MetricRecord> meetings(Set<Long> unitIds, LocalDate from, LocalDate to, MeetingKind kind) {
        List<Meeting> list = store.meetings(unitIds, from, to, kind);
        Map<Long, String> names = units.names(list.stream().map(Meeting::unitId).distinct().toList());
        return list.stream().map(m -> new MetricRecord(m.heldOn() + " " + names.getOrDefault(m.unitId(), "") + " "
                + m.topic(), "/console/governance/meetings/" + m.id(), true, String.valueOf(m.participantCount())))
                .toList();
    }

    /** Every principal on a roster of the year, counted when their 述法 is recorded. */
    private List<MetricRecord> statements(Set<Long> unitIds, int year) {
        List<DutyStatement> given = store.statements(unitIds, year);
        List<MetricRecord> out = new ArrayList<>();
        for (LeadingGroup g : store.groups(unitIds, year)) {
            for (GroupMember p : g.principals()) {
                var s = given.stream().filter(x -> x.memberId() == p.id()).findFirst();
                out.add(new MetricRecord(units.name(g.unitId()) + " " + p.name() + " " + p.post(),
                        "/console/governance/groups/" + g.id() + "#statements", s.isPresent(),
                        s.map(x -> x.givenOn().toString()).orElse(null)));
            }
        }
        return out;
    }

    /** The tasks of the issued plans of the units in the year, cancelled ones left out. */
    private List<PlanTask> tasks(Set<Long> unitIds, int year) {
        return store.tasksOfPlanUnits(unitIds, year).stream().filter(t -> t.status() != TaskStatus.CANCELLED).toList();
    }

    private static MetricRecord task(PlanTask t, boolean counted) {
        return new MetricRecord(t.taskNo() + " " + t.content(), "/console/governance/tasks/" + t.id(), counted,
                t.dueDate() + (t.completedOn() == null ? "" : " / " + t.completedOn()));
    }

    private List<MetricRecord> inspections(Set<Long> unitIds, LocalDate from, LocalDate to, InspectionKind kind) {
        List<Inspection> list = store.inspections(unitIds, from, to).stream()
                .filter(i -> unitIds.contains(i.inspectedUnitId()) && (kind == null || i.kind() == kind)).toList();
        Map<Long, String> names = units.names(list.stream().map(Inspection::inspectedUnitId).distinct().toList());
        return list.stream().map(i -> new MetricRecord(i.inspectedOn() + " " + names.getOrDefault(i.inspectedUnitId(), "")
                + " " + i.inspector(), "/console/governance/inspections/" + i.id(), true,
                i.half() == null ? null : String.valueOf(i.half()))).toList();
    }

    private static MetricRecord finding(Finding f) {
        return new MetricRecord(f.description(), "/console/governance/findings/" + f.id(),
                f.status() == org.fazhi.governance.FindingStatus.CLOSED, f.dueDate().toString());
    }
}
