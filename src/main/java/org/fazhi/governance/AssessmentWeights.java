package org.fazhi.governance;

import java.util.List;
import java.util.Map;
import org.fazhi.audit.AuditLog;
import org.fazhi.governance.internal.GovernanceStore;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.web.Allowed;
import org.fazhi.units.DataScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rule-of-law share of each unit's annual target assessment (年度综合目标考核): kept per unit and year
 * and checked against SD-14 (at least 10% of the total) by {@link GovernanceTargets}.
 */
@Service
@Transactional
public class AssessmentWeights {

    static final String ENTITY = "assessment-weight";

    private final GovernanceStore store;
    private final DataScope scope;
    private final AuditLog audit;

    AssessmentWeights(GovernanceStore store, DataScope scope, AuditLog audit) {
        this.store = store;
        this.scope = scope;
        this.audit = audit;
    }

    /** Sets a unit's assessment for a year (or changes it); the rule-of-law points cannot exceed the total. */
    @Allowed.RuleOfLawOffice
    public AssessmentWeight save(WeightRequest r) {
        scope.require(r.unitId(), "unit", r.unitId());
        if (r.ruleOfLawPoints().compareTo(r.totalPoints()) > 0) {
            throw InvalidInputException.field("ruleOfLawPoints", "governance.weight.above-total");
        }
        var before = store.weight(r.unitId(), r.year());
        long id = store.upsertWeight(r.unitId(), r.year(), r.totalPoints(), r.ruleOfLawPoints(), r.documentRef().strip(),
                r.note() == null || r.note().isBlank() ? null : r.note().strip(), Actor.current().userId());
        AssessmentWeight after = store.weight(r.unitId(), r.year()).orElseThrow();
        Map<String, Object> values = Map.of("unitId", r.unitId(), "year", r.year(), "totalPoints", r.totalPoints(),
                "ruleOfLawPoints", r.ruleOfLawPoints(), "percent", after.percent(), "documentRef", r.documentRef().strip());
        if (before.isPresent()) {
            audit.changed(ENTITY, id, Map.of("totalPoints", before.get().totalPoints(), "ruleOfLawPoints",
                    before.get().ruleOfLawPoints()), values);
        } else {
            audit.created(ENTITY, id, values);
        }
        return after;
    }

    @Transactional(readOnly = true)
    public List<AssessmentWeight> weights(int year) {
        return store.weights(scope.visibleUnitIds(), year);
    }
}
