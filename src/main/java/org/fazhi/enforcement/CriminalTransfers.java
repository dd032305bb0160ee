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
 * Transfers of cases to the criminal justice organs (行刑衔接, seed 004 §10: 杜绝有案不移、以罚代刑): the
 * transfer with its reason, the receiving organ's receipt, and the outcome. A transfer without a
 * receipt, or without an outcome, stays visible as open.
 */
@Service
@Transactional
public class CriminalTransfers {

    private final CaseLinkStore store;
    private final CaseAccess cases;
    private final AgencyAccess agencies;
    private final AuditLog audit;
    private final Clock clock;

    CriminalTransfers(CaseLinkStore store, CaseAccess cases, AgencyAccess agencies, AuditLog audit, Clock clock) {
        this.store = store;
        this.cases = cases;
        this.agencies = agencies;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @Allowed.Staff
    public List<CriminalTransfer> ofCase(long caseId) {
        cases.requireVisible(caseId);
        return store.transfersOf(caseId);
    }

    @Transactional(readOnly = true)
    @Allowed.Staff
    public List<CriminalTransfer> list(int year) {
        return store.transfers(agencies.visibleIds(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    @Allowed.EnforcementOfficers
    public CriminalTransfer transfer(long caseId, TransferRequest r) {
        EnforcementCase c = cases.requireVisible(caseId);
        if (!cases.ofActorsUnits(c)) {
            throw new NotFoundException(EnforcementCase.SUBJECT.name(), caseId);
        }
        String organ = text("receivingOrgan", r.receivingOrgan());
        String reason = text("reason", r.reason());
        LocalDate on = date(r.on(), c.openedOn());
        long id = store.insertTransfer(caseId, on, organ, reason, Actor.current().userId());
        CriminalTransfer created = store.transfer(id).orElseThrow();
        audit.created("criminal-transfer", id, created);
        return created;
    }

    @Allowed.EnforcementOfficers
    public CriminalTransfer receipt(long caseId, long transferId, TransferRequest r) {
        CriminalTransfer before = own(caseId, transferId);
        if (before.receiptOn() != null) {
            throw new RefusedException("receipt-recorded", "enforcement.refused.receipt-recorded");
        }
        LocalDate on = date(r.on(), before.transferredOn());
        store.receipt(transferId, on, text("receiptNo", r.receiptNo()));
        CriminalTransfer after = store.transfer(transferId).orElseThrow();
        audit.changed("criminal-transfer", transferId, "receipt", before, after);
        return after;
    }

    @Allowed.EnforcementOfficers
    public CriminalTransfer outcome(long caseId, long transferId, TransferRequest r) {
        CriminalTransfer before = own(caseId, transferId);
        if (before.receiptOn() == null) {
            throw new RefusedException("no-receipt", "enforcement.refused.transfer-no-receipt");
        }
        if (before.outcome() != null) {
            throw new RefusedException("outcome-recorded", "enforcement.refused.outcome-recorded");
        }
        if (r.outcome() == null) {
            throw InvalidInputException.field("outcome", "enforcement.text.required");
        }
        LocalDate on = date(r.on(), before.receiptOn());
        store.outcome(transferId, r.outcome(), on, r.note() == null || r.note().isBlank() ? null : r.note().strip());
        CriminalTransfer after = store.transfer(transferId).orElseThrow();
        audit.changed("criminal-transfer", transferId, "outcome", before, after);
        return after;
    }

    private CriminalTransfer own(long caseId, long transferId) {
        EnforcementCase c = cases.requireVisible(caseId);
        if (!cases.ofActorsUnits(c)) {
            throw new NotFoundException(EnforcementCase.SUBJECT.name(), caseId);
        }
        return store.transfer(transferId).filter(t -> t.caseId() == caseId)
                .orElseThrow(() -> new NotFoundException("criminal-transfer", transferId));
    }

    private LocalDate date(LocalDate requested, LocalDate notBefore) {
        LocalDate today = LocalDate.now(clock);
        LocalDate on = requested == null ? today : requested;
        if (on.isAfter(today)) {
            throw InvalidInputException.field("on", "enforcement.date.future");
        }
        if (notBefore != null && on.isBefore(notBefore)) {
            throw InvalidInputException.field("on", "enforcement.date.before", notBefore);
        }
        return on;
    }

    private static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.field(field, "enforcement.text.required");
        }
        return value.strip();
    }
}
