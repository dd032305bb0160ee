package org.fazhi.enforcement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.audit.AuditLog;
import org.fazhi.enforcement.internal.AgencyAccess;
import org.fazhi.enforcement.internal.CaseAccess;
import org.fazhi.enforcement.internal.CaseLinkStore;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.RefusedException;
import org.fazhi.shared.web.Allowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Filing of major specific administrative acts (重大具体行政行为备案, seed 002: 127 acts filed in a year):
 * a decided case is filed once, with the body it is filed with.
 */
@Service
@Transactional
public class MajorActFilings {

    private final CaseLinkStore store;
    private final CaseAccess cases;
    private final AgencyAccess agencies;
    private final AuditLog audit;
    private final Clock clock;

    MajorActFilings(CaseLinkStore store, CaseAccess cases, AgencyAccess agencies, AuditLog audit, Clock clock) {
        this.store = store;
        this.cases = cases;
        this.agencies = agencies;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @Allowed.Staff
    public List<MajorActFiling> list(int year) {
        return store.filings(agencies.visibleIds(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    @Allowed.EnforcementOfficers
    public MajorActFiling file(long caseId, FilingRequest r) {
        EnforcementCase c = cases.requireVisible(caseId);
        if (!cases.ofActorsUnits(c)) {
            throw new NotFoundException(EnforcementCase.SUBJECT.name(), caseId);
        }
        if (c.decidedOn() == null) {
            throw new RefusedException("not-decided", "enforcement.refused.not-decided");
        }
        if (store.filingOf(caseId).isPresent()) {
            throw new RefusedException("already-filed", "enforcement.refused.already-filed");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate on = r.on() == null ? today : r.on();
        if (on.isAfter(today) || on.isBefore(c.decidedOn())) {
            throw InvalidInputException.field("on", "enforcement.date.before", c.decidedOn());
        }
        long id = store.insertFiling(caseId, on, r.filedWith().strip(),
                r.filingNo() == null || r.filingNo().isBlank() ? null : r.filingNo().strip(),
                r.note() == null || r.note().isBlank() ? null : r.note().strip(), Actor.current().userId());
        MajorActFiling created = store.filingOf(caseId).orElseThrow();
        audit.created("major-act-filing", id, created);
        return created;
    }
}
