package org.fazhi.enforcement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.audit.AuditLog;
import org.fazhi.enforcement.internal.AgencyAccess;
import org.fazhi.enforcement.internal.AgencyStore;
import org.fazhi.enforcement.internal.OfficerStore;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.PageQuery;
import org.fazhi.shared.PageResult;
import org.fazhi.shared.RefusedException;
import org.fazhi.shared.StaleVersionException;
import org.fazhi.shared.web.Allowed;
import org.fazhi.units.DataScope;
import org.fazhi.units.UserDirectory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enforcement roster (持证上岗): officers, supervisors and auxiliary staff of each agency, their
 * exam results, and their certificates — issued only after a passed exam (seed 004 §5: 未经执法资格
 * 考试合格，不得授予执法资格), suspended, revoked or reinstated by the issuing authority (the 法治办)
 * with the reason. Everything audited; another unit's roster answers 404.
 */
@Service
@Transactional
public class Officers {

    private final OfficerStore officers;
    private final AgencyStore agencies;
    private final AgencyAccess access;
    private final DataScope scope;
    private final UserDirectory users;
    private final AuditLog audit;
    private final Clock clock;

    Officers(OfficerStore officers, AgencyStore agencies, AgencyAccess access, DataScope scope, UserDirectory users,
            AuditLog audit, Clock clock) {
        this.officers = officers;
        this.agencies = agencies;
        this.access = access;
        this.scope = scope;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @Allowed.Staff
    public PageResult<Officer> list(Long agencyId, OfficerKind kind, String q, PageQuery page) {
        List<Long> visible = access.visibleIds();
        var filter = new OfficerStore.Filter(visible, agencyId, kind, q);
        return new PageResult<>(officers.list(filter, page.size(), page.offset()), page.page(), page.size(),
                officers.count(filter));
    }

    @Transactional(readOnly = true)
    @Allowed.Staff
    public Officer get(long id) {
        return visible(id);
    }

    @Transactional(readOnly = true)
    @Allowed.Staff
    public List<OfficerExam> exams(long id) {
        visible(id);
        return officers.exams(id);
    }

    /** The agency's roster (every kind), for the case team and the agency page. */
    @Transactional(readOnly = true)
    @Allowed.Staff
    public List<Officer> ofAgency(long agencyId) {
        access.require(agencyId);
        return officers.ofAgency(agencyId);
    }

    /**
     * The agency's officers who may act on {@code date} (a valid enforcement certificate of the
     * agency), unscoped: the inspector roster of random inspections reads it.
     */
    @Transactional(readOnly = true)
    public List<Officer> validOfficers(long agencyId, LocalDate date) {
        return officers.ofAgency(agencyId).stream().filter(o -> o.mayActFor(agencyId, date)).toList();
    }

    /** Officers by id, unscoped (for modules that keep officer ids, after their own scope check). */
    @Transactional(readOnly = true)
    public List<Officer> byIds(java.util.Collection<Long> ids) {
        return officers.byIds(ids);
    }

    /** Puts a person on the roster of an agency in the actor's scope. */
    @Allowed.Officers
    public Officer register(OfficerRequest r) {
        Agency agency = access.require(r.agencyId());
        if (r.userId() != null && users.find(r.userId()).filter(u -> scope.canSee(u.unitId())).isEmpty()) {
            throw InvalidInputException.field("userId", "enforcement.officer.user-unknown");
        }
        long id = officers.insert(agency.id(), r.userId(), r.name().strip(), r.kind(), blank(r.field()));
        Officer created = officers.find(id).orElseThrow();
        audit.created(Officer.SUBJECT.name(), id, created);
        return created;
    }

    /** Records an exam taken by a person on the roster. */
    @Allowed.Officers
    public OfficerExam recordExam(long officerId, ExamRequest r) {
        Officer o = visible(officerId);
        if (r.takenOn().isAfter(today())) {
            throw InvalidInputException.field("takenOn", "enforcement.date.future");
        }
        if (r.passMark().signum() == 0) {
            throw InvalidInputException.field("passMark", "enforcement.exam.pass-mark");
        }
        long id = officers.insertExam(o.id(), r.examName().strip(), r.takenOn(), r.score(), r.passMark());
        OfficerExam exam = officers.exams(o.id()).stream().filter(e -> e.id() == id).findFirst().orElseThrow();
        audit.created("enforcement-officer-exam", id, exam);
        return exam;
    }

    /**
     * Issues or renews a certificate. Refused for auxiliary staff (they hold none) and for anyone
     * without a passed exam taken on or before the issue date; the number is unique.
     */
    @Allowed.RuleOfLawOffice
    public Officer issueCertificate(long officerId, CertificateRequest r) {
        Officer before = visible(officerId);
        StaleVersionException.check(r.version(), before.version(), Officer.SUBJECT.name(), officerId);
        if (!before.kind().certified()) {
            throw new RefusedException("auxiliary-uncertified", "enforcement.refused.auxiliary-uncertified");
        }
        boolean passed = officers.exams(officerId).stream()
                .anyMatch(e -> e.passed() && !e.takenOn().isAfter(r.issuedOn()));
        if (!passed) {
            throw new RefusedException("no-passed-exam", "enforcement.refused.no-passed-exam");
        }
        if (!r.expiresOn().isAfter(r.issuedOn())) {
            throw InvalidInputException.field("expiresOn", "enforcement.certificate.expiry-before-issue");
        }
        if (r.issuedOn().isAfter(today())) {
            throw InvalidInputException.field("issuedOn", "enforcement.date.future");
        }
        String number = r.certificateNo().strip();
        officers.byCertificate(number).filter(o -> !o.id().equals(officerId)).ifPresent(o -> {
            throw InvalidInputException.field("certificateNo", "enforcement.certificate.number-taken", number);
        });
        try {
            officers.certificate(officerId, before.version(), number, r.issuingAuthority().strip(), r.issuedOn(),
                    r.expiresOn());
        } catch (DuplicateKeyException raced) {
            throw InvalidInputException.field("certificateNo", "enforcement.certificate.number-taken", number);
        }
        Officer after = officers.find(officerId).orElseThrow();
        audit.changed(Officer.SUBJECT.name(), officerId, "issue-certificate", before, after);
        return after;
    }

    /** Suspends, revokes or reinstates a certificate; a revoked one is never reinstated (a new one is issued). */
    @Allowed.RuleOfLawOffice
    public Officer changeStatus(long officerId, StatusRequest r) {
        Officer before = visible(officerId);
        StaleVersionException.check(r.version(), before.version(), Officer.SUBJECT.name(), officerId);
        if (before.certificateNo() == null) {
            throw new RefusedException("no-certificate", "enforcement.refused.no-certificate");
        }
        if (before.status() == OfficerStatus.REVOKED) {
            throw new RefusedException("certificate-revoked", "enforcement.refused.status-revoked");
        }
        if (before.status() == r.status()) {
            throw InvalidInputException.field("status", "enforcement.officer.status-unchanged");
        }
        officers.status(officerId, before.version(), r.status(), r.reason().strip(), today());
        Officer after = officers.find(officerId).orElseThrow();
        audit.changed(Officer.SUBJECT.name(), officerId, "status", before, after);
        return after;
    }

    private Officer visible(long id) {
        Officer o = officers.find(id).orElseThrow(() -> new NotFoundException(Officer.SUBJECT.name(), id));
        Agency a = agencies.find(o.agencyId()).orElseThrow();
        if (!access.visible(a)) {
            throw new NotFoundException(Officer.SUBJECT.name(), id);
        }
        return o;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
