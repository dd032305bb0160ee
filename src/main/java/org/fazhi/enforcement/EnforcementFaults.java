package org.fazhi.enforcement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.audit.AuditLog;
import org.fazhi.enforcement.internal.AgencyAccess;
import org.fazhi.enforcement.internal.CaseAccess;
import org.fazhi.enforcement.internal.CaseFileStore;
import org.fazhi.enforcement.internal.CaseLinkStore;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.web.Allowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enforcement fault accountability (执法过错责任追究, seed 004 §13–14): a fault found in a case, the
 * officer answerable (one who acted in the case), the measure taken, who decided it and when.
 */
@Service
@Transactional
public class EnforcementFaults {

    private final CaseLinkStore store;
    private final CaseFileStore files;
    private final CaseAccess cases;
    private final AgencyAccess agencies;
    private final AuditLog audit;
    private final Clock clock;

    EnforcementFaults(CaseLinkStore store, CaseFileStore files, CaseAccess cases, AgencyAccess agencies,
            AuditLog audit, Clock clock) {
        this.store = store;
        this.files = files;
        this.cases = cases;
        this.agencies = agencies;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @Allowed.Staff
    public List<FaultRecord> ofCase(long caseId) {
        cases.requireVisible(caseId);
        return store.faultsOf(caseId);
    }

    @Transactional(readOnly = true)
    @Allowed.Staff
    public List<FaultRecord> list(int year) {
        return store.faults(agencies.visibleIds(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** Records a fault; the officer named, if any, is one who took part in an act of the case. */
    @Allowed.RuleOfLawOffice
    public FaultRecord record(long caseId, FaultRequest r) {
        EnforcementCase c = cases.requireVisible(caseId);
        if (r.officerId() != null && files.acts(caseId).stream()
                .noneMatch(a -> a.officers().stream().anyMatch(o -> o.officerId().equals(r.officerId())))) {
            throw InvalidInputException.field("officerId", "enforcement.fault.officer-not-in-case");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate on = r.decidedOn() == null ? today : r.decidedOn();
        if (on.isAfter(today) || on.isBefore(c.openedOn())) {
            throw InvalidInputException.field("decidedOn", "enforcement.date.before", c.openedOn());
        }
        long id = store.insertFault(caseId, r.officerId(), r.kind(), r.description().strip(), r.measure(), on,
                r.decidedBy().strip(), Actor.current().userId());
        FaultRecord created = store.faultsOf(caseId).stream().filter(f -> f.id() == id).findFirst().orElseThrow();
        audit.created("enforcement-fault", id, created);
        return created;
    }
}
