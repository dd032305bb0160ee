package org.fazhi.governance;

import java.util.List;
import org.fazhi.governance.internal.FindingFacts;
import org.fazhi.governance.internal.FindingFactsReader;
import org.fazhi.governance.internal.FindingProcedure;
import org.fazhi.shared.procedure.Guide;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What comes next for a finding's rectification, and for every step whether the user may take it now. */
@Service
@Transactional(readOnly = true)
public class FindingGuide {

    private final FindingFactsReader facts;

    FindingGuide(FindingFactsReader facts) {
        this.facts = facts;
    }

    public Guide<FindingStatus> of(long findingId) {
        return of(facts.read(findingId));
    }

    public Guide<FindingStatus> of(FindingFacts f) {
        Finding x = f.finding();
        String key;
        List<Object> args = List.of(x.dueDate());
        switch (x.status()) {
            case OPEN, RECTIFYING -> key = x.overdueOn(f.today()) ? "governance.next.finding-overdue"
                    : "governance.next.rectifying";
            case AWAITING_ACCEPTANCE -> key = "governance.next.accept";
            default -> {
                key = "governance.next.finding-closed";
                args = List.of(x.rectifiedOn(), x.closedOn());
            }
        }
        return new Guide<>(x.status(), key, args, FindingProcedure.PROCEDURE.checks(f, FindingProcedure.PEOPLE_STEPS));
    }
}
