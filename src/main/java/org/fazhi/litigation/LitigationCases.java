package org.fazhi.litigation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fazhi.audit.AuditLog;
import org.fazhi.litigation.internal.CourtHearingStore;
import org.fazhi.litigation.internal.FilingWindow;
import org.fazhi.litigation.internal.LitigationAccess;
import org.fazhi.litigation.internal.LitigationClocks;
import org.fazhi.litigation.internal.LitigationProcedure.Step;
import org.fazhi.litigation.internal.LitigationRecord;
import org.fazhi.litigation.internal.LitigationSteps;
import org.fazhi.litigation.internal.LitigationStore;
import org.fazhi.litigation.internal.SummonsRule;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.web.Allowed;
import org.fazhi.units.DataScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A suit against a unit from the defendant's side, step by step through
 * {@code internal.LitigationProcedure}, each audited in the same transaction: the case as served (its
 * filing window checked, the answer's 15 days on the 督办台), the defence, hearings with the summons rule
 * counted back (LT-04) and the appearance of the responsible person (LT-01/LT-04, with the reason and
 * approval when none appeared), the judgment, an appeal (a new instance), effect, and fulfilment.
 */
@Service
@Transactional
public class LitigationCases {

    private final LitigationSteps steps;
    private final LitigationStore cases;
    private final LitigationAccess access;
    private final CourtHearingStore hearings;
    private final FilingWindow windows;
    private final SummonsRule summons;
    private final LitigationClocks clocks;
    private final DataScope scope;
    private final AuditLog audit;

    LitigationCases(LitigationSteps steps, LitigationStore cases, LitigationAccess access, CourtHearingStore hearings,
            FilingWindow windows, SummonsRule summons, LitigationClocks clocks, DataScope scope, AuditLog audit) {
        this.steps = steps;
        this.cases = cases;
        this.access = access;
        this.hearings = hearings;
        this.windows = windows;
        this.summons = summons;
        this.clocks = clocks;
        this.scope = scope;
        this.audit = audit;
    }

    /**
     * Records an export of the case list with natural persons' names masked (SECURITY.md DC-03, AUD-01):
     * the form chosen is audited either way.
     */
    @Allowed.Staff
    public void exportedMasked(int rows) {
        audit.action(LitigationCase.SUBJECT.name(), "list", "export", Map.of("form", "masked", "rows", rows));
    }

    /**
     * Records an export of the case list with names in full, in a workbook encrypted under a password
     * shown once to the exporting user (SECURITY.md DC-03): the case handlers alone, with a stated reason.
     * Called before the workbook is made, so a refusal leaves nothing behind.
     */
    @Allowed.CaseHandlers
    public void exportedInFull(int rows, String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.field("reason", "litigation.export.reason.required");
        }
        if (reason.strip().length() > 500) {
            throw InvalidInputException.field("reason", "litigation.export.reason.too-long");
        }
        audit.action(LitigationCase.SUBJECT.name(), "list", "export", Map.of("form", "protected", "rows", rows,
                "reason", reason.strip()));
    }

    /** A suit served on a unit of the actor's scope; the filing window is checked and the answer's clock starts. */
    @Allowed.CaseHandlers
    public LitigationCase file(LitigationRequest r) {
        LocalDate today = steps.now().toLocalDate();
        long unitId = r.unitId() != null ? r.unitId() : home();
        scope.require(unitId, "unit", unitId);
        check(r, today, unitId);
        LitigationCase.FilingCheck w = windows.check(r);
        LitigationRecord record = LitigationRecord.filed(unitId, r, w.ok(), w.date(), w.ruleId(),
                Actor.current().userId(), steps.now());
        steps.save(record);
        LitigationCase c = cases.find(record.id()).orElseThrow();
        if (r.complaintReceivedOn() != null) {
            record.answerClock(clocks.defence(c, r.complaintReceivedOn()));
            steps.save(record);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("court", c.court());
        details.put("caseNo", c.caseNo());
        details.put("stage", c.stage());
        details.put("unitId", unitId);
        details.put("filingBasis", c.filingBasis());
        details.put("windowOk", w.ok());
        details.put("windowRule", w.ruleId());
        audit.created(LitigationCase.SUBJECT.name(), c.id(), details);
        return cases.find(c.id()).orElseThrow();
    }

    /** The 答辩状 and evidence submitted (late after LT-02's 15 days). */
    @Allowed.CaseHandlers
    public LitigationCase submitDefence(long id, DefenceRequest r) {
        LitigationSteps.Taken step = steps.take(id, Step.SUBMIT_DEFENCE, r.version());
        between("submittedOn", r.submittedOn(), step.c().complaintReceivedOn(), step.today());
        clocks.meet(step.c().answerDeadlineId(), r.submittedOn());
        step.record().defended(r.submittedOn(), r.summary().strip());
        var due = clocks.get(step.c().answerDeadlineId());
        return steps.complete(step, Map.of("submittedOn", r.submittedOn(), "late",
                due != null && r.submittedOn().isAfter(due.dueDate())));
    }

    /**
     * A hearing the court set. When it summoned the responsible person, the summons's service is checked
     * against the latest day counted back from the hearing (LT-04); a late summons is recorded (it is a
     * justified reason not to appear), not refused.
     */
    @Allowed.CaseHandlers
    public CourtHearing scheduleHearing(long id, CourtHearingRequest r) {
        LitigationSteps.Taken step = steps.take(id, Step.SCHEDULE_HEARING, r.version());
        if (r.summonsRequired() && r.summonsServedOn() == null) {
            throw InvalidInputException.field("summonsServedOn", "litigation.hearing.summons-date");
        }
        if (!r.summonsRequired() && r.summonsServedOn() != null) {
            throw InvalidInputException.field("summonsServedOn", "litigation.hearing.summons-not-required");
        }
        if (r.summonsServedOn() != null) {
            between("summonsServedOn", r.summonsServedOn(), step.c().filedOn(), step.today());
            if (r.summonsServedOn().isAfter(r.hearingDate())) {
                throw InvalidInputException.field("summonsServedOn", "litigation.hearing.summons-after-hearing");
            }
        }
        if (r.hearingDate().isBefore(step.c().filedOn())) {
            throw InvalidInputException.field("hearingDate", "litigation.date.before-filing", step.c().filedOn());
        }
        LocalDate latest = r.summonsRequired() ? summons.latestService(r.hearingDate()) : null;
        long hearing = hearings.schedule(id, r.hearingDate(), blank(r.place()), r.summonsRequired(),
                r.summonsServedOn(), latest, Actor.current().userId(), steps.now());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("hearingId", hearing);
        details.put("hearingDate", r.hearingDate());
        details.put("summonsRequired", r.summonsRequired());
        if (latest != null) {
            details.put("latestService", latest);
            details.put("summonsLate", r.summonsServedOn().isAfter(latest));
        }
        steps.complete(step, details);
        return hearings.ofCase(id).stream().filter(h -> h.id() == hearing).findFirst().orElseThrow();
    }

    /**
     * Who appeared for the defendant. Without a responsible person (负责人: the head, deputies, leaders in
     * charge; never an entrusted body's head), the reason and who approved it are required.
     */
    @Allowed.CaseHandlers
    public LitigationCase recordAppearance(long id, AppearanceRequest r) {
        LitigationSteps.Taken step = steps.take(id, Step.RECORD_APPEARANCE, r.version());
        CourtHearing h = step.facts().pendingHearing().orElseThrow();
        String reason = blank(r.absenceReason());
        String approved = blank(r.absenceApprovedBy());
        if (!r.role().responsible() && (reason == null || approved == null)) {
            throw InvalidInputException.field(reason == null ? "absenceReason" : "absenceApprovedBy",
                    "litigation.appearance.absence-required");
        }
        hearings.held(h.id(), r.role(), r.name().strip(), blank(r.position()), r.role().responsible() ? null : reason,
                r.role().responsible() ? null : approved);
        return steps.complete(step, Map.of("hearingId", h.id(), "role", r.role(), "responsible",
                r.role().responsible()));
    }

    /** The judgment, ruling or mediation served. */
    @Allowed.CaseHandlers
    public LitigationCase recordJudgment(long id, JudgmentRequest r) {
        LitigationSteps.Taken step = steps.take(id, Step.RECORD_JUDGMENT, r.version());
        between("servedOn", r.servedOn(), step.c().filedOn(), step.today());
        step.record().judged(r.kind().name(), r.outcome().name(), r.documentNo().strip(), r.servedOn(),
                r.requiresPerformance(), r.summary().strip());
        clocks.cancel(step.c().answerDeadlineId(), "litigation.clock.judged");
        return steps.complete(step, Map.of("kind", r.kind(), "outcome", r.outcome(), "documentNo",
                r.documentNo().strip(), "servedOn", r.servedOn(), "lost", r.outcome().lost()));
    }

    /**
     * An appeal within LT-09 (judgment) or LT-10 (ruling) of service: this instance ends, the second
     * instance is a case of its own (its answer's clock when another party appealed).
     */
    @Allowed.CaseHandlers
    public LitigationCase appeal(long id, AppealRequest r) {
        LitigationSteps.Taken step = steps.take(id, Step.APPEAL, r.version());
        LitigationCase c = step.c();
        between("filedOn", r.filedOn(), c.judgment().servedOn(), step.today());
        if (r.filedOn().isAfter(step.facts().appealDue())) {
            throw InvalidInputException.field("filedOn", "litigation.appeal.late", step.facts().appealDue());
        }
        if (r.appellant() == Appellant.OTHER_PARTY && r.copyReceivedOn() == null) {
            throw InvalidInputException.field("copyReceivedOn", "litigation.appeal.copy-date");
        }
        if (cases.numberTaken(r.court().strip(), r.caseNo().strip())) {
            throw InvalidInputException.field("caseNo", "litigation.case-no.taken", r.caseNo().strip());
        }
        step.record().appealed(r.appellant().name(), r.filedOn());
        steps.complete(step, Map.of("appellant", r.appellant(), "filedOn", r.filedOn()));
        LitigationCase second = file(new LitigationRequest(c.unitId(), Stage.SECOND_INSTANCE, c.id(), r.court(),
                r.caseNo(), c.cause(), c.plaintiff(), c.plaintiffType(), c.actDescription(), c.filingBasis(), c.actDate(),
                c.knowledgeDate(), c.informedOfPeriod(), c.periodKnownDate(), c.reconsiderationReceivedOn(),
                c.dutyRequestedOn(), c.emergency(), c.realProperty(), r.filedOn(),
                r.appellant() == Appellant.OTHER_PARTY ? r.copyReceivedOn() : null, c.majorInterest(),
                c.disclosureSubject()));
        return second;
    }

    /** The judgment took effect: no appeal in its period, a final instance, or a withdrawal or mediation. */
    @Allowed.CaseHandlers
    public LitigationCase becomeEffective(long id, EffectRequest r) {
        LitigationSteps.Taken step = steps.take(id, Step.BECOME_EFFECTIVE, r.version());
        LocalDate from = step.facts().appealable() ? step.facts().appealDue().plusDays(1) : step.c().judgment().servedOn();
        between("effectiveOn", r.effectiveOn(), from, step.today());
        step.record().effective(r.effectiveOn());
        return steps.complete(step, Map.of("effectiveOn", r.effectiveOn()));
    }

    /** The effective judgment fulfilled (and reported to the county government for the record). */
    @Allowed.CaseHandlers
    public LitigationCase recordFulfilment(long id, FulfilmentRequest r) {
        LitigationSteps.Taken step = steps.take(id, Step.RECORD_FULFILMENT, r.version());
        between("performedOn", r.performedOn(), step.c().effectiveOn(), step.today());
        if (r.reportedOn() != null) {
            between("reportedOn", r.reportedOn(), r.performedOn(), step.today());
        }
        step.record().fulfilled(r.performedOn(), r.summary().strip(), r.reportedOn());
        return steps.complete(step, Map.of("performedOn", r.performedOn(), "reportedOn",
                r.reportedOn() == null ? "" : r.reportedOn()));
    }

    /** An effective judgment that obliges the defendant to nothing closes the instance. */
    @Allowed.CaseHandlers
    public LitigationCase closeWithoutPerformance(long id, EffectRequest r) {
        LitigationSteps.Taken step = steps.take(id, Step.CLOSE_WITHOUT_PERFORMANCE, r.version());
        between("effectiveOn", r.effectiveOn(), step.c().effectiveOn(), step.today());
        step.record().closed(r.effectiveOn());
        return steps.complete(step, Map.of("closedOn", r.effectiveOn()));
    }

    private void check(LitigationRequest r, LocalDate today, long unitId) {
        if (r.filedOn().isAfter(today)) {
            throw InvalidInputException.field("filedOn", "litigation.date.future");
        }
        if (r.complaintReceivedOn() != null) {
            between("complaintReceivedOn", r.complaintReceivedOn(), r.filedOn(), today);
        }
        String court = r.court().strip();
        if (cases.numberTaken(court, r.caseNo().strip())) {
            throw InvalidInputException.field("caseNo", "litigation.case-no.taken", r.caseNo().strip());
        }
        if (r.stage() != Stage.FIRST_INSTANCE && r.previousCaseId() == null) {
            throw InvalidInputException.field("previousCaseId", "litigation.previous.required");
        }
        if (r.previousCaseId() != null) {
            LitigationCase previous = cases.find(r.previousCaseId()).filter(access::visible)
                    .orElseThrow(() -> InvalidInputException.field("previousCaseId", "litigation.previous.unknown"));
            if (previous.unitId() != unitId) {
                throw InvalidInputException.field("previousCaseId", "litigation.previous.unknown");
            }
        }
        switch (r.filingBasis()) {
            case DIRECT -> {
                if (r.knowledgeDate() == null) {
                    throw InvalidInputException.field("knowledgeDate", "litigation.knowledge.required");
                }
                if (r.knowledgeDate().isAfter(r.filedOn())) {
                    throw InvalidInputException.field("knowledgeDate", "litigation.knowledge.after-filing");
                }
                boolean informed = r.informedOfPeriod() == null || r.informedOfPeriod();
                if (informed != (r.periodKnownDate() == null)) {
                    throw InvalidInputException.field("periodKnownDate", "litigation.period-known.only-uninformed");
                }
            }
            case AFTER_RECONSIDERATION -> {
                if (r.reconsiderationReceivedOn() == null || r.reconsiderationReceivedOn().isAfter(r.filedOn())) {
                    throw InvalidInputException.field("reconsiderationReceivedOn",
                            "litigation.reconsideration-date.required");
                }
            }
            case INACTION -> {
                if (r.dutyRequestedOn() == null || r.dutyRequestedOn().isAfter(r.filedOn())) {
                    throw InvalidInputException.field("dutyRequestedOn", "litigation.duty-date.required");
                }
            }
        }
        if (r.actDate() != null && r.knowledgeDate() != null && r.actDate().isAfter(r.knowledgeDate())) {
            throw InvalidInputException.field("actDate", "litigation.act-date.after-knowledge");
        }
    }

    private static long home() {
        Long unit = Actor.current().unitId();
        if (unit == null) {
            throw InvalidInputException.field("unitId", "litigation.unit.required");
        }
        return unit;
    }

    static void between(String field, LocalDate value, LocalDate from, LocalDate to) {
        if (from != null && value.isBefore(from) || value.isAfter(to)) {
            throw InvalidInputException.field(field, "litigation.date.between", from == null ? "-" : from, to);
        }
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
