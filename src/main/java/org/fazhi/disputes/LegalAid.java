package org.fazhi.disputes;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.fazhi.audit.AuditLog;
import org.fazhi.disputes.internal.LegalServiceStore;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.RefusedException;
import org.fazhi.shared.StaleVersionException;
import org.fazhi.shared.web.Allowed;
import org.fazhi.units.DataScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Legal-aid applications: received, decided (granted and assigned, or refused with the reason), and a
 * granted case closed with its outcome. Applicants are natural persons: lists and reads are masked, the
 * full data only through {@link #reveal}, audited with its reason. Scoped and audited.
 */
@Service
@Transactional
public class LegalAid {

    static final String PREFIX = "FY";

    private final LegalServiceStore store;
    private final DataScope scope;
    private final AuditLog audit;
    private final Clock clock;

    LegalAid(LegalServiceStore store, DataScope scope, AuditLog audit, Clock clock) {
        this.store = store;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<LegalAidCase> list(Long unitId, Integer year) {
        return store.aids(unitId == null ? scope.visibleUnitIds() : scope.subtreeWithinScope(unitId), year).stream()
                .map(LegalAidCase::masked).toList();
    }

    @Transactional(readOnly = true)
    public LegalAidCase get(long id) {
        return visible(id).masked();
    }

    @Allowed.Drafters
    public LegalAidCase apply(LegalAidRequest r) {
        if (!scope.canSee(r.unitId())) {
            throw InvalidInputException.field("unitId", "disputes.unit.unknown");
        }
        if (r.appliedOn().isAfter(LocalDate.now(clock))) {
            throw InvalidInputException.field("appliedOn", "disputes.date.future");
        }
        String prefix = PREFIX + r.appliedOn().getYear() + "-";
        int max = store.aidNumbers(prefix).stream().mapToInt(n -> MediationCases.serial(n, prefix)).max().orElse(0);
        String caseNo = prefix + String.format("%04d", max + 1);
        long id = store.insertAid(r, caseNo, Actor.current().userId(), OffsetDateTime.now(clock));
        LegalAidCase created = store.aid(id).orElseThrow();
        audit.created(Disputes.LEGAL_AID.name(), id, created.masked());
        return created.masked();
    }

    /** Granted (assigned to a lawyer or firm) or refused (with the reason), once, on or after the application. */
    @Allowed.Drafters
    public LegalAidCase decide(long id, LegalAidDecisionRequest r) {
        LegalAidCase a = locked(id, r.version());
        if (a.status() != LegalAidStatus.APPLIED) {
            throw new RefusedException("legal-aid-decided", "disputes.refused.legal-aid-decided");
        }
        dates(r.decidedOn(), a.appliedOn(), "decidedOn");
        String assigned = MediationCases.blank(r.assignedTo());
        String reason = MediationCases.blank(r.refusalReason());
        if (r.granted() && assigned == null) {
            throw InvalidInputException.field("assignedTo", "disputes.legal-aid.assignee-required");
        }
        if (!r.granted() && reason == null) {
            throw InvalidInputException.field("refusalReason", "disputes.legal-aid.reason-required");
        }
        LegalAidStatus status = r.granted() ? LegalAidStatus.GRANTED : LegalAidStatus.REFUSED;
        store.aidDecided(a, status, r.decidedOn(), r.granted() ? assigned : null, r.granted() ? null : reason,
                OffsetDateTime.now(clock));
        audit.changed(Disputes.LEGAL_AID.name(), id, "decide-legal-aid", Map.of("status", a.status()),
                Map.of("status", status, "decidedOn", r.decidedOn()));
        return store.aid(id).orElseThrow().masked();
    }

    @Allowed.Drafters
    public LegalAidCase close(long id, LegalAidClosingRequest r) {
        LegalAidCase a = locked(id, r.version());
        if (a.status() != LegalAidStatus.GRANTED) {
            throw new RefusedException("legal-aid-not-granted", "disputes.refused.legal-aid-not-granted");
        }
        dates(r.closedOn(), a.decidedOn(), "closedOn");
        store.aidClosed(a, r.closedOn(), r.outcome().strip(), OffsetDateTime.now(clock));
        audit.changed(Disputes.LEGAL_AID.name(), id, "close-legal-aid", Map.of("status", a.status()),
                Map.of("status", LegalAidStatus.CLOSED, "closedOn", r.closedOn()));
        return store.aid(id).orElseThrow().masked();
    }

    /** The applicant's full data; every reveal is audited with its reason. */
    @Allowed.Drafters
    public LegalAidCase reveal(long id, PersonRevealRequest r) {
        LegalAidCase a = visible(id);
        audit.action(Disputes.LEGAL_AID.name(), id, "reveal-personal-data", Map.of("reason", r.reason().strip()));
        return a;
    }

    private LegalAidCase visible(long id) {
        return store.aid(id).filter(a -> scope.canSee(a.unitId()))
                .orElseThrow(() -> new NotFoundException(Disputes.LEGAL_AID.name(), id));
    }

    private LegalAidCase locked(long id, Integer version) {
        LegalAidCase a = store.lockAid(id).filter(x -> scope.canSee(x.unitId()))
                .orElseThrow(() -> new NotFoundException(Disputes.LEGAL_AID.name(), id));
        StaleVersionException.check(version, a.version(), Disputes.LEGAL_AID.name(), id);
        return a;
    }

    private void dates(LocalDate day, LocalDate earliest, String field) {
        MediationCases.notFuture(day, LocalDate.now(clock), field);
        MediationCases.notBefore(day, earliest, field);
    }
}
