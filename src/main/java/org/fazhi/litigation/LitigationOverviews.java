package org.fazhi.litigation;

import java.util.ArrayList;
import java.util.List;
import org.fazhi.litigation.internal.LitigationAccess;
import org.fazhi.litigation.internal.LitigationClocks;
import org.fazhi.litigation.internal.LitigationFacts;
import org.fazhi.litigation.internal.LitigationSteps;
import org.fazhi.litigation.internal.LitigationStore;
import org.fazhi.litigation.internal.SuggestionStore;
import org.fazhi.shared.PageQuery;
import org.fazhi.shared.PageResult;
import org.fazhi.shared.web.Allowed;
import org.fazhi.units.DataScope;
import org.fazhi.units.Units;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading suits: a case page in one call, a case, and the list of the actor's scope. */
@Service
@Transactional(readOnly = true)
@Allowed.Staff
public class LitigationOverviews {

    private final LitigationSteps steps;
    private final LitigationGuide guide;
    private final LitigationAccess access;
    private final LitigationStore cases;
    private final SuggestionStore suggestions;
    private final LitigationClocks clocks;
    private final DataScope scope;
    private final Units units;

    LitigationOverviews(LitigationSteps steps, LitigationGuide guide, LitigationAccess access, LitigationStore cases,
            SuggestionStore suggestions, LitigationClocks clocks, DataScope scope, Units units) {
        this.steps = steps;
        this.guide = guide;
        this.access = access;
        this.cases = cases;
        this.suggestions = suggestions;
        this.clocks = clocks;
        this.scope = scope;
        this.units = units;
    }

    public LitigationOverview of(long id) {
        LitigationFacts f = steps.read(id);
        LitigationCase c = f.c();
        return new LitigationOverview(c, guide.of(f), units.name(c.unitId()), f.hearings(),
                clocks.get(c.answerDeadlineId()), f.appealable() ? f.appealDue() : null, instances(c),
                suggestions.of(List.of(c.unitId())).stream().filter(s -> c.id().equals(s.litigationCaseId())).toList(),
                f.today());
    }

    public LitigationCase get(long id) {
        return access.requireVisible(id);
    }

    public PageResult<LitigationCase> list(Stage stage, LitigationStatus status, Integer year, String q, PageQuery page) {
        var filter = new LitigationStore.Filter(scope.visibleUnitIds(), stage, status, year, q);
        return new PageResult<>(cases.list(filter, page.size(), page.offset()), page.page(), page.size(),
                cases.count(filter));
    }

    /** The instances of the same suit, first instance first (the chain of previous cases and their successors). */
    private List<LitigationCase> instances(LitigationCase c) {
        List<LitigationCase> chain = new ArrayList<>();
        LitigationCase first = c;
        while (first.previousCaseId() != null) {
            LitigationCase prev = cases.find(first.previousCaseId()).filter(access::visible).orElse(null);
            if (prev == null) {
                break;
            }
            first = prev;
        }
        chain.add(first);
        List<LitigationCase> all = cases.list(new LitigationStore.Filter(List.of(c.unitId()), null, null, null, null),
                500, 0);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (LitigationCase x : all) {
                if (x.previousCaseId() != null && !chain.contains(x)
                        && chain.stream().anyMatch(y -> y.id().equals(x.previousCaseId()))) {
                    chain.add(x);
                    grew = true;
                }
            }
        }
        return chain;
    }
}
