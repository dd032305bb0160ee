package org.fazhi.accountability.internal;

import java.util.Optional;
import org.fazhi.accountability.AccountabilitySource;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.units.DataScope;
import org.springframework.stereotype.Component;

/** A deadline of the 督办台 missed or done late can cause accountability: its owner unit's record. */
@Component
class DeadlineSource implements AccountabilitySource {

    static final String TYPE = "deadline";

    private final Deadlines deadlines;
    private final DataScope scope;

    DeadlineSource(Deadlines deadlines, DataScope scope) {
        this.deadlines = deadlines;
        this.scope = scope;
    }

    @Override
    public String subjectType() {
        return TYPE;
    }

    @Override
    public Optional<Source> find(long id) {
        return deadlines.find(id).filter(d -> d.ownerUnitId() != null && scope.canSee(d.ownerUnitId()))
                .map(d -> new Source(TYPE, id, d.ownerUnitId(), d.subjectTitle() + "（" + d.dueDate() + "）",
                        d.link()));
    }
}
