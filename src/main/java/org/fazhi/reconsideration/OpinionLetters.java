package org.fazhi.reconsideration;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.fazhi.audit.AuditLog;
import org.fazhi.reconsideration.internal.BodyStore;
import org.fazhi.reconsideration.internal.CaseAccess;
import org.fazhi.reconsideration.internal.CaseClocks;
import org.fazhi.reconsideration.internal.CaseProcedure.Step;
import org.fazhi.reconsideration.internal.CaseSteps;
import org.fazhi.reconsideration.internal.LetterFacts;
import org.fazhi.reconsideration.internal.LetterProcedure;
import org.fazhi.reconsideration.internal.LetterRecord;
import org.fazhi.reconsideration.internal.LetterRecords;
import org.fazhi.reconsideration.internal.LetterStore;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.StaleVersionException;
import org.fazhi.shared.procedure.Guide;
import org.fazhi.shared.procedure.Procedure;
import org.fazhi.shared.web.Allowed;
import org.fazhi.units.DataScope;
import org.fazhi.units.Role;
import org.fazhi.units.Unit;
import org.fazhi.units.Units;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 行政复议意见书 and 建议书 (行政复议法第七十六条): issued to the respondent or another lower agency in
 * the body's jurisdiction once a case is accepted, their correction report due within 60 days of
 * service (RC-08) on the recipient's 督办台, and reported by the recipient (or recorded by the body).
 * A letter is visible to the issuing body's scope and the recipient's.
 */
@Service
@Transactional
public class OpinionLetters {

    private final CaseSteps steps;
    private final CaseAccess cases;
    private final LetterRecords records;
    private final LetterStore letters;
    private final BodyStore bodies;
    private final CaseClocks clocks;
    private final DataScope scope;
    private final Units units;
    private final AuditLog audit;
    private final Clock clock;

    OpinionLetters(CaseSteps steps, CaseAccess cases, LetterRecords records, LetterStore letters, BodyStore bodies,
            CaseClocks clocks, DataScope scope, Units units, AuditLog audit, Clock clock) {
        this.bodies = bodies;
        this.steps = steps;
        this.cases = cases;
        this.records = records;
        this.letters = letters;
        this.clocks = clocks;
        this.scope = scope;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    /** Issues a letter in an accepted case; its correction report is due 60 days after service. */
    @Allowed.CaseHandlers
    public OpinionLetter issue(long caseId, LetterRequest r) {
        CaseSteps.Taken step = steps.take(caseId, Step.ISSUE_LETTER, null);
        ReconsiderationCase c = step.c();
        Unit recipient = units.find(r.recipientUnitId()).filter(Unit::active)
                .orElseThrow(() -> InvalidInputException.field("recipientUnitId", "reconsideration.respondent.unknown"));
        long bodyUnit = bodies.find(c.bodyId()).map(ReconsiderationBody::unitId).orElse(c.unitId());
        if (recipient.id() == bodyUnit || !recipient.path().contains("/" + bodyUnit + "/")) {
            throw InvalidInputException.field("recipientUnitId", "reconsideration.respondent.not-in-jurisdiction");
        }
        ReconsiderationCases.between("issuedOn", r.issuedOn(), c.acceptance().acceptedOn(), step.today());
        ReconsiderationCases.between("servedOn", r.servedOn(), r.issuedOn(), step.today());
        String number = r.letterNo().strip();
        if (letters.numberTaken(c.unitId(), number)) {
            throw InvalidInputException.field("letterNo", "reconsideration.letter.number-taken", number);
        }
        LetterRecord record = LetterRecord.issued(caseId, c.unitId(), recipient.id(), r.kind().name(), number,
                r.issuedOn(), r.servedOn(), r.content().strip(), Actor.current().userId(), OffsetDateTime.now(clock));
        records.save(record);
        OpinionLetter issued = letters.find(record.id()).orElseThrow();
        record.clock(clocks.start(issued, c.receiptNo()));
        records.save(record);
        audit.created(OpinionLetter.SUBJECT.name(), record.id(), Map.of("caseId", caseId, "kind", r.kind(),
                "letterNo", number, "recipientUnitId", recipient.id(), "issuedOn", r.issuedOn(), "servedOn",
                r.servedOn()));
        steps.complete(step, Map.of("letterId", record.id(), "kind", r.kind(), "letterNo", number));
        return letters.find(record.id()).orElseThrow();
    }

    /** The recipient's report of its correction (late when after the RC-08 due date). */
    @Allowed.Staff
    public OpinionLetter report(long letterId, CorrectionReportRequest r) {
        LetterRecord record = records.lock(letterId).orElseThrow(() -> notFound(letterId));
        LetterFacts f = facts(visible(letterId));
        StaleVersionException.check(r.version(), f.letter().version(), OpinionLetter.SUBJECT.name(), letterId);
        LetterProcedure.PROCEDURE.next(LetterProcedure.Step.REPORT_CORRECTION, f);
        ReconsiderationCases.between("reportedOn", r.reportedOn(), f.letter().servedOn(), f.today());
        clocks.meet(f.letter().deadlineId(), r.reportedOn());
        record.reported(r.reportedOn(), r.summary().strip(), OffsetDateTime.now(clock));
        records.save(record);
        boolean late = f.clock() != null && r.reportedOn().isAfter(f.clock().dueDate());
        audit.changed(OpinionLetter.SUBJECT.name(), letterId, "report-correction",
                Map.of("status", LetterStatus.ISSUED), Map.of("status", LetterStatus.REPORTED, "reportedOn",
                        r.reportedOn(), "late", late));
        return letters.find(letterId).orElseThrow();
    }

    @Transactional(readOnly = true)
    public OpinionLetter get(long letterId) {
        return visible(letterId);
    }

    /** What may be done with the letter now, and why not. */
    @Transactional(readOnly = true)
    public Guide<LetterStatus> guide(long letterId) {
        LetterFacts f = facts(visible(letterId));
        String next = f.letter().status() == LetterStatus.REPORTED ? "reconsideration.next.letter-reported"
                : "reconsideration.next.letter-report";
        return new Guide<>(f.status(), next, List.of(f.clock() == null ? "-" : f.clock().dueDate()),
                LetterProcedure.PROCEDURE.checks(f, LetterProcedure.PEOPLE_STEPS));
    }

    /** The letters of a case the actor may see. */
    @Transactional(readOnly = true)
    public List<OpinionLetter> ofCase(long caseId) {
        ReconsiderationCase c = cases.requireVisible(caseId);
        return letters.ofCase(c.id()).stream().filter(this::visible).toList();
    }

    /** Every letter the actor's units issued or received. */
    @Transactional(readOnly = true)
    public List<OpinionLetter> visible() {
        return letters.visibleTo(scope.visibleUnitIds());
    }

    /** The correction-report clock of a letter, as the 督办台 has it. */
    @Transactional(readOnly = true)
    public org.fazhi.deadlines.TrackedDeadline clock(long letterId) {
        return clocks.get(visible(letterId).deadlineId());
    }

    public static String stepName(LetterProcedure.Step step) {
        return Procedure.name(step);
    }

    private LetterFacts facts(OpinionLetter l) {
        boolean person = !Actor.current().isSystem() && !Actor.current().isAnonymous();
        boolean handles = person && scope.canSee(l.unitId())
                && Actor.currentHasAnyRole(Role.RULE_OF_LAW_OFFICE.name(), Role.LEGAL_REVIEWER.name());
        boolean agencyRole = Actor.currentHasAnyRole(Role.RULE_OF_LAW_OFFICE.name(), Role.LEGAL_REVIEWER.name(),
                Role.DRAFTER.name(), Role.ENFORCEMENT_OFFICER.name());
        return new LetterFacts(l, person && agencyRole && scope.canSee(l.recipientUnitId()), handles, LocalDate.now(clock),
                clocks.get(l.deadlineId()));
    }

    private boolean visible(OpinionLetter l) {
        return scope.canSee(l.unitId()) || scope.canSee(l.recipientUnitId());
    }

    private OpinionLetter visible(long letterId) {
        OpinionLetter l = letters.find(letterId).orElseThrow(() -> notFound(letterId));
        if (!visible(l)) {
            throw notFound(letterId);
        }
        return l;
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException(OpinionLetter.SUBJECT.name(), id);
    }
}
