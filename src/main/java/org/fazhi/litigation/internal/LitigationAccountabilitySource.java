package org.fazhi.litigation.internal;

import java.util.Optional;
import org.fazhi.accountability.AccountabilitySource;
import org.fazhi.litigation.LitigationCase;
import org.springframework.stereotype.Component;

/** A suit can cause accountability of its defendant unit (a suit lost, a defence not given in time). */
@Component
class LitigationAccountabilitySource implements AccountabilitySource {

    private final LitigationStore cases;
    private final LitigationAccess access;

    LitigationAccountabilitySource(LitigationStore cases, LitigationAccess access) {
        this.cases = cases;
        this.access = access;
    }

    @Override
    public String subjectType() {
        return LitigationCase.SUBJECT.name();
    }

    @Override
    public Optional<Source> find(long id) {
        return cases.find(id).filter(access::visible).map(c -> new Source(subjectType(), id, c.unitId(),
                c.court() + " " + c.caseNo() + " " + c.cause(), "/console/litigation/" + id));
    }
}
