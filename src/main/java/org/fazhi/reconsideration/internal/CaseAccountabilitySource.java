package org.fazhi.reconsideration.internal;

import java.util.Optional;
import org.fazhi.accountability.AccountabilitySource;
import org.fazhi.reconsideration.ReconsiderationCase;
import org.springframework.stereotype.Component;

/**
 * A reconsideration case can cause accountability of the respondent agency whose act it reviewed (the
 * act corrected, or an answer not given in time): the case as the actor may see it, owned by the
 * respondent.
 */
@Component
class CaseAccountabilitySource implements AccountabilitySource {

    private final CaseStore cases;
    private final CaseAccess access;

    CaseAccountabilitySource(CaseStore cases, CaseAccess access) {
        this.cases = cases;
        this.access = access;
    }

    @Override
    public String subjectType() {
        return ReconsiderationCase.SUBJECT.name();
    }

    @Override
    public Optional<Source> find(long id) {
        return cases.find(id).filter(access::visible).map(c -> new Source(subjectType(), id, c.respondentUnitId(),
                c.receiptNo() + " " + c.act().description(), "/console/reconsideration/" + id));
    }
}
