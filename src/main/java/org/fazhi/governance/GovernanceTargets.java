package org.fazhi.governance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fazhi.governance.internal.GovernanceRules;
import org.fazhi.governance.internal.GovernanceStore;
import org.fazhi.rules.RulesCatalog;
import org.fazhi.units.DataScope;
import org.fazhi.units.UnitKind;
import org.fazhi.units.Units;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly targets of each unit's leadership checked against the records: at least SD-09 rule-of-law
 * study sessions, SD-10 court-hearing attendances and SD-11 special meetings a year, a self-inspection
 * in each half of the year (SD-13), and a rule-of-law weight of at least SD-14 percent in the annual
 * target assessment. A target not met yet is flagged early (预警) from the first day of the fourth
 * quarter, and missed once the year is over. The units held to the targets are the governments
 * (county, townships) and every unit with a leading group that year.
 */
@Service
@Transactional(readOnly = true)
public class GovernanceTargets {

    /** The targets, in the order they are shown. */
    public static final List<String> TARGETS = List.of("study-sessions", "hearing-attendance", "special-meetings",
            "self-inspections", "assessment-weight");

    private final GovernanceStore store;
    private final RulesCatalog rules;
    private final DataScope scope;
    private final Units units;
    private final Clock clock;

    GovernanceTargets(GovernanceStore store, RulesCatalog rules, DataScope scope, Units units, Clock clock) {
        this.store = store;
        this.rules = rules;
        this.scope = scope;
        this.units = units;
        this.clock = clock;
    }

    /** The checks of every unit held to the targets in the actor's scope, by unit. */
    public List<TargetCheck> checks(int year) {
        return checks(heldUnits(scope.visibleUnitIds(), year), year, LocalDate.now(clock));
    }

    /** The checks of one unit in the actor's scope (404 outside it). */
    public List<TargetCheck> checks(long unitId, int year) {
        scope.require(unitId, "unit", unitId);
        return checks(List.of(unitId), year, LocalDate.now(clock));
    }

    /** The units of {@code unitIds} held to the targets in {@code year}: governments and units with a leading group. */
    public List<Long> heldUnits(Collection<Long> unitIds, int year) {
        Set<Long> held = new LinkedHashSet<>();
        for (Long id : unitIds) {
            units.find(id).filter(u -> u.kind() == UnitKind.GOVERNMENT || u.kind() == UnitKind.TOWNSHIP)
                    .ifPresent(u -> held.add(u.id()));
        }
        store.groups(unitIds, year).forEach(g -> held.add(g.unitId()));
        return new ArrayList<>(held);
    }

    /** The checks of these units as of {@code today}. */
    public List<TargetCheck> checks(Collection<Long> unitIds, int year, LocalDate today) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        Map<Long, String> names = units.names(unitIds);
        List<Meeting> meetings = store.meetings(unitIds, from, to, null);
        List<Inspection> inspections = store.inspections(unitIds, from, to);
        List<TargetCheck> checks = new ArrayList<>();
        for (Long unit : unitIds) {
            String name = names.getOrDefault(unit, "");
            checks.add(count(unit, name, year, "study-sessions", GovernanceRules.STUDY_SESSIONS, meetings,
                    MeetingKind.STUDY_SESSION, today));
            checks.add(count(unit, name, year, "hearing-attendance", GovernanceRules.HEARING_ATTENDANCE, meetings,
                    MeetingKind.HEARING_ATTENDANCE, today));
            checks.add(count(unit, name, year, "special-meetings", GovernanceRules.SPECIAL_MEETINGS, meetings,
                    MeetingKind.SPECIAL_MEETING, today));
            List<Inspection> self = inspections.stream().filter(i -> i.kind() == InspectionKind.SELF_INSPECTION
                    && i.inspectedUnitId() == unit).sorted(Comparator.comparing(Inspection::inspectedOn)).toList();
            long halves = self.stream().map(Inspection::half).distinct().count();
            BigDecimal required = rules.threshold(GovernanceRules.SELF_INSPECTIONS, from);
            checks.add(new TargetCheck(unit, name, year, "self-inspections", GovernanceRules.SELF_INSPECTIONS,
                    BigDecimal.valueOf(halves), required, status(BigDecimal.valueOf(halves), required, year, today, false),
                    self.stream().map(i -> i.inspectedOn() + " " + i.inspector()).toList()));
            var weight = store.weight(unit, year);
            BigDecimal minimum = rules.threshold(GovernanceRules.ASSESSMENT_WEIGHT, from);
            BigDecimal percent = weight.map(AssessmentWeight::percent).orElse(null);
            checks.add(new TargetCheck(unit, name, year, "assessment-weight", GovernanceRules.ASSESSMENT_WEIGHT, percent,
                    minimum, status(percent, minimum, year, today, true),
                    weight.map(w -> List.of(w.documentRef())).orElse(List.of())));
        }
        return checks;
    }

    private TargetCheck count(long unit, String name, int year, String target, String ruleId, List<Meeting> meetings,
            MeetingKind kind, LocalDate today) {
        List<Meeting> held = meetings.stream().filter(m -> m.unitId() == unit && m.kind() == kind)
                .sorted(Comparator.comparing(Meeting::heldOn)).toList();
        BigDecimal required = rules.threshold(ruleId, LocalDate.of(year, 1, 1));
        BigDecimal actual = BigDecimal.valueOf(held.size());
        return new TargetCheck(unit, name, year, target, ruleId, actual, required,
                status(actual, required, year, today, false), held.stream().map(m -> m.heldOn() + " " + m.topic())
                        .toList());
    }

    /**
     * Met when the records reach the target; a weight set below it is missed at once; otherwise missed
     * after the year, flagged early in its fourth quarter, and on track before.
     */
    static TargetStatus status(BigDecimal actual, BigDecimal required, int year, LocalDate today, boolean setOnce) {
        if (actual != null && actual.compareTo(required) >= 0) {
            return TargetStatus.MET;
        }
        if (setOnce && actual != null) {
            return TargetStatus.MISSED;
        }
        if (year < today.getYear()) {
            return TargetStatus.MISSED;
        }
        if (year == today.getYear() && today.getMonthValue() >= 10) {
            return TargetStatus.WARNING;
        }
        return TargetStatus.ON_TRACK;
    }
}
