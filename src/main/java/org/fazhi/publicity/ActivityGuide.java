package org.fazhi.publicity;

import java.util.List;
import org.fazhi.publicity.internal.ActivityFacts;
import org.fazhi.publicity.internal.ActivityFactsReader;
import org.fazhi.publicity.internal.ActivityProcedure;
import org.fazhi.shared.procedure.Guide;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What comes next for a publicity activity, and for every step whether the acting user may take it now or
 * why not — from the same facts and gates the steps check ({@code internal.ActivityProcedure}).
 */
@Service
@Transactional(readOnly = true)
public class ActivityGuide {

    private final ActivityFactsReader facts;

    ActivityGuide(ActivityFactsReader facts) {
        this.facts = facts;
    }

    /** The guide of an activity the actor may see (404 otherwise). */
    public Guide<ActivityStatus> of(long id) {
        return of(facts.read(id));
    }

    public Guide<ActivityStatus> of(ActivityFacts f) {
        PublicityActivity a = f.activity();
        String key = switch (a.status()) {
            case PLANNED -> f.over() ? "publicity.next.record-past" : f.started() ? "publicity.next.record-or-announce"
                    : "publicity.next.announce";
            case ANNOUNCED -> f.started() ? "publicity.next.record-held" : "publicity.next.announced";
            case HELD -> "publicity.next.held";
            case CANCELLED -> "publicity.next.cancelled";
        };
        return new Guide<>(a.status(), key, List.of(a.startsOn(), a.endsOn()),
                ActivityProcedure.PROCEDURE.checks(f, ActivityProcedure.PEOPLE_STEPS));
    }
}
