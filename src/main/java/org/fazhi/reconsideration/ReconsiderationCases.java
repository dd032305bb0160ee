package org.fazhi.reconsideration;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.fazhi.audit.AuditLog;
import org.fazhi.files.FileStore;
import org.fazhi.files.StoredFile;
import org.fazhi.reconsideration.internal.CaseAttachmentStore;
import org.fazhi.reconsideration.internal.BackwardCount;
import org.fazhi.reconsideration.internal.CaseClocks;
import org.fazhi.reconsideration.internal.CaseProcedure.Step;
import org.fazhi.reconsideration.internal.CaseSteps;
import org.fazhi.reconsideration.internal.HearingStore;
import org.fazhi.reconsideration.internal.ReconsiderationRules;
import org.fazhi.reconsideration.internal.SuspensionStore;
import org.fazhi.reconsideration.internal.StoredTexts;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.web.Allowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hearing of an accepted case and its end (行政复议法第四章、第五章), step by step through
 * {@code internal.CaseProcedure}, each audited in the same transaction:
 * <ul>
 * <li>the copy to the respondent within 7 (simplified 3) working days of acceptance, its written answer
 * within 10 (simplified 5) working days of receiving it;</li>
 * <li>the parties heard: a hearing noticed at least 5 working days ahead (RC-13) at which the
 * respondent's head attends or delegates with a reason, opinions heard, or written review;</li>
 * <li>the decision within 60 days of acceptance (+30 approved once, before the period ends) or 30 in
 * the simplified procedure (an extension approved before the period ends); conversion to the
 * ordinary procedure with approval;</li>
 * <li>suspension pauses the decision clock (a paused case is never overdue) and resumption restarts
 * it; after 60 days of suspension on grounds (一)(二)(四) the case is terminated (RC-09);</li>
 * <li>mediation (调解书), settlement (和解, then withdrawal and termination), termination, and the
 * decision with its type.</li>
 * </ul>
 */
@Service
@Transactional
public class ReconsiderationCases {

    /** The outcomes 行政复议法第七十条 leaves when the respondent gave no answer or evidence in time. */
    static final Set<DecisionOutcome> WITHOUT_AN_ANSWER = EnumSet.of(DecisionOutcome.REVOKED,
            DecisionOutcome.CONFIRMED_ILLEGAL, DecisionOutcome.CONFIRMED_INVALID, DecisionOutcome.ORDERED_PERFORMANCE);

    private final CaseSteps steps;
    private final CaseClocks clocks;
    private final HearingStore hearings;
    private final SuspensionStore suspensions;
    private final CaseAttachmentStore attachments;
    private final BackwardCount backward;
    private final FileStore files;
    private final StoredTexts texts;
    private final AuditLog audit;

    ReconsiderationCases(CaseSteps steps, CaseClocks clocks, HearingStore hearings, SuspensionStore suspensions,
            CaseAttachmentStore attachments, BackwardCount backward, FileStore files, StoredTexts texts, AuditLog audit) {
        this.steps = steps;
        this.clocks = clocks;
        this.hearings = hearings;
        this.suspensions = suspensions;
        this.attachments = attachments;
        this.backward = backward;
        this.files = files;
        this.texts = texts;
        this.audit = audit;
    }

    /** The copy sent; the respondent's answer period starts the day it received it. */
    @Allowed.CaseHandlers
    public ReconsiderationCase sendCopy(long id, CopyRequest r) {
        CaseSteps.Taken step = steps.take(id, Step.SEND_COPY, r.version());
        ReconsiderationCase c = step.c();
        between("sentOn", r.sentOn(), c.acceptance().acceptedOn(), step.today());
        LocalDate received = r.respondentReceivedOn() == null ? r.sentOn() : r.respondentReceivedOn();
        between("respondentReceivedOn", received, r.sentOn(), step.today());
        clocks.meet(c.clocks().copy(), r.sentOn());
        long answer = clocks.start(c, step.facts().simplified() ? ReconsiderationRules.SIMPLIFIED_ANSWER
                : ReconsiderationRules.ORDINARY_ANSWER, received, c.respondentUnitId());
        step.record().copySent(r.sentOn(), received, answer);
        return steps.complete(step, Map.of("sentOn", r.sentOn(), "respondentReceivedOn", received, "answerDue",
                clocks.get(answer).dueDate()));
    }

    /** The respondent's written answer with evidence (submitted by the respondent or recorded by the body). */
    @Allowed.Staff
    public ReconsiderationCase recordAnswer(long id, AnswerRequest r) {
        CaseSteps.Taken step = steps.take(id, Step.RECORD_ANSWER, r.version());
        ReconsiderationCase c = step.c();
        between("receivedOn", r.receivedOn(), c.answer().respondentReceivedOn(), step.today());
        clocks.meet(c.clocks().answer(), r.receivedOn());
        step.record().answered(r.receivedOn(), r.summary().strip());
        boolean late = step.facts().answer() != null && r.receivedOn().isAfter(step.facts().answer().dueDate());
        return steps.complete(step, Map.of("receivedOn", r.receivedOn(), "late", late));
    }

    /** A hearing: its notice at least RC-13 working days before, counted back on the calendar. */
    @Allowed.CaseHandlers
    public Hearing scheduleHearing(long id, HearingScheduleRequest r) {
        CaseSteps.Taken step = steps.take(id, Step.SCHEDULE_HEARING, r.version());
        ReconsiderationCase c = step.c();
        between("noticeSentOn", r.noticeSentOn(), c.acceptance().acceptedOn(), step.today());
        LocalDate latest = backward.latestBefore(ReconsiderationRules.HEARING_NOTICE, r.hearingDate());
        if (r.noticeSentOn().isAfter(latest)) {
            throw InvalidInputException.field("noticeSentOn", "reconsideration.hearing.notice-late", latest,
                    ReconsiderationRules.HEARING_NOTICE);
        }
        long hearing = hearings.schedule(id, r.hearingDate(), r.noticeSentOn(), r.place().strip(),
                Actor.current().userId(), steps.now());
        steps.complete(step, Map.of("hearingId", hearing, "hearingDate", r.hearingDate(), "noticeSentOn",
                r.noticeSentOn(), "latestNotice", latest));
        return hearings.ofCase(id).stream().filter(h -> h.id() == hearing).findFirst().orElseThrow();
    }

    /**
     * The hearing held: the respondent's head (负责人) attended, or who was delegated and why
     * (行政复议法第五十一条第三款); whether the applicant came; the record.
     */
    @Allowed.CaseHandlers
    public ReconsiderationCase recordHearing(long id, HearingRecordRequest r) {
        CaseSteps.Taken step = steps.take(id, Step.RECORD_HEARING, r.version());
        Hearing h = step.facts().pendingHearing().orElseThrow();
        String head = Applications.blank(r.headName());
        String delegate = Applications.blank(r.delegateName());
        String why = Applications.blank(r.delegateReason());
        if (r.headAttended() && head == null) {
            throw InvalidInputException.field("headName", "reconsideration.hearing.head-name");
        }
        if (!r.headAttended() && (delegate == null || why == null)) {
            throw InvalidInputException.field(delegate == null ? "delegateName" : "delegateReason",
                    "reconsideration.hearing.delegate-required");
        }
        hearings.held(h.id(), r.headAttended(), r.headAttended() ? head : null, r.headAttended() ? null : delegate,
                r.headAttended() ? null : why, r.applicantAttended(), r.summary().strip());
        return steps.complete(step, Map.of("hearingId", h.id(), "headAttended", r.headAttended(),
                "applicantAttended", r.applicantAttended()));
    }

    /** Opinions heard, or written review (in the ordinary procedure with the reason the parties could not be heard). */
    @Allowed.CaseHandlers
    public ReconsiderationCase recordViews(long id, ViewsRequest r) {
        CaseSteps.Taken step = steps.take(id, Step.RECORD_VIEWS, r.version());
        ReconsiderationCase c = step.c();
        if (r.kind() == HearingKind.HEARING) {
            throw InvalidInputException.field("kind", "reconsideration.views.not-a-hearing");
        }
        between("on", r.on(), c.answer().copySentOn(), step.today());
        String reason = Applications.blank(r.reason());
        if (r.kind() == HearingKind.WRITTEN && !step.facts().simplified() && reason == null) {
            throw InvalidInputException.field("reason", "reconsideration.views.written-reason");
        }
        hearings.views(id, r.kind(), r.on(), reason, r.summary().strip(), Actor.current().userId(), steps.now());
        return steps.complete(step, Map.of("kind", r.kind(), "on", r.on()));
    }

    /** RC-06: the decision period extended by its extension, approved by the 行政复议机构's head, once. */
    @Allowed.CaseHandlers
    public ReconsiderationCase extend(long id, ApprovalRequest r) {
        CaseSteps.Taken step = steps.take(id, Step.EXTEND, r.version());
        LocalDate due = step.facts().decision().dueDate();
        between("approvedOn", r.approvedOn(), step.c().acceptance().acceptedOn(), step.today());
        if (r.approvedOn().isAfter(due)) {
            throw InvalidInputException.field("approvedOn", "reconsideration.extension.after-period", due,
                    ReconsiderationRules.ORDINARY_DECISION);
        }
        clocks.extend(step.c().clocks().decision(), r.reason().strip());
        step.record().extended(r.approvedOn(), r.approver().strip(), r.reason().strip());
        return steps.complete(step, Map.of("approver", r.approver().strip(), "reason", r.reason().strip(),
                "decisionDue", clocks.get(step.c().clocks().decision()).dueDate()));
    }

    /** 行政复议法第五十五条: the ordinary procedure instead, with the head's approval; 60 days from acceptance. */
    @Allowed.CaseHandlers
    public ReconsiderationCase convertToOrdinary(long id, ApprovalRequest r) {
        CaseSteps.Taken step = steps.take(id, Step.CONVERT_TO_ORDINARY, r.version());
        ReconsiderationCase c = step.c();
        between("approvedOn", r.approvedOn(), c.acceptance().acceptedOn(), step.today());
        clocks.cancel(c.clocks().decision(), texts.stored("reconsideration.clock.converted"));
        long decision = clocks.start(c, ReconsiderationRules.ORDINARY_DECISION, c.acceptance().acceptedOn(),
                c.unitId());
        if (c.status() == CaseStatus.SUSPENDED) {
            clocks.pause(decision, c.suspendedOn(), texts.stored("reconsideration.clock.suspended"));
        }
        step.record().converted(r.approvedOn(), r.approver().strip(), r.reason().strip(), ProcedureKind.ORDINARY.name(),
                decision);
        return steps.complete(step, Map.of("approver", r.approver().strip(), "reason", r.reason().strip(),
                "decisionDue", clocks.get(decision).dueDate()));
    }

    /** 中止 from {@code on}: the decision clock pauses; on grounds (一)(二)(四) the RC-09 clock runs. */
    @Allowed.CaseHandlers
    public ReconsiderationCase suspend(long id, SuspensionRequest r) {
        CaseSteps.Taken step = steps.take(id, Step.SUSPEND, r.version());
        ReconsiderationCase c = step.c();
        if (r.ground() == SuspensionGround.NORMDOC_REVIEW) {
            throw InvalidInputException.field("ground", "reconsideration.suspension.normdoc-via-review");
        }
        between("on", r.on(), c.acceptance().acceptedOn(), step.today());
        String why = r.reason().strip();
        clocks.pause(c.clocks().decision(), r.on(), why);
        Long sixty = r.ground().terminatesAfterSixtyDays()
                ? clocks.start(c, ReconsiderationRules.SUSPENSION_TERMINATION, r.on(), c.unitId()) : null;
        suspensions.open(id, r.ground(), why, r.on(), Actor.current().userId(), steps.now());
        step.record().suspended(r.on(), r.ground().name(), sixty);
        return steps.complete(step, Map.of("ground", r.ground(), "on", r.on(), "reason", why));
    }

    /** 恢复审理 from {@code on}: the decision clock runs again without the suspended days. */
    @Allowed.CaseHandlers
    public ReconsiderationCase resume(long id, ResumptionRequest r) {
        CaseSteps.Taken step = steps.take(id, Step.RESUME, r.version());
        ReconsiderationCase c = step.c();
        between("on", r.on(), c.suspendedOn(), step.today());
        clocks.resume(c.clocks().decision(), r.on());
        clocks.cancel(c.clocks().suspension(), texts.stored("reconsideration.clock.resumed"));
        suspensions.close(id, r.on().isAfter(c.suspendedOn()) ? r.on().minusDays(1) : c.suspendedOn());
        step.record().resumed();
        return steps.complete(step, Map.of("on", r.on(), "decisionDue",
                clocks.get(c.clocks().decision()).dueDate()));
    }

    /** 第四十一条第（五）项: terminated after 60 days of suspension whose cause remains. */
    @Allowed.CaseHandlers
    public ReconsiderationCase terminateAfterSuspension(long id, SuspensionEndRequest r) {
        CaseSteps.Taken step = steps.take(id, Step.TERMINATE_AFTER_SUSPENSION, r.version());
        ReconsiderationCase c = step.c();
        between("on", r.on(), step.facts().suspension().dueDate().plusDays(1), step.today());
        clocks.meet(c.clocks().suspension(), r.on());
        clocks.meet(c.clocks().decision(), r.on());
        suspensions.close(id, r.on());
        step.record().terminated(TerminationGround.SUSPENSION_EXPIRED.name(), r.on(), r.reason().strip());
        return steps.complete(step, Map.of("ground", TerminationGround.SUSPENSION_EXPIRED, "on", r.on(), "reason",
                r.reason().strip()));
    }

    /** 行政复议调解书 signed: the case ends, resolved by mediation. */
    @Allowed.CaseHandlers
    public ReconsiderationCase mediate(long id, MediationRequest r) {
        CaseSteps.Taken step = steps.take(id, Step.MEDIATE, r.version());
        ReconsiderationCase c = step.c();
        between("signedOn", r.signedOn(), c.acceptance().acceptedOn(), step.today());
        closeClocks(c, r.signedOn());
        step.record().resolved(ResolutionKind.MEDIATION.name(), r.docNo().strip(), r.signedOn(), r.summary().strip());
        return steps.complete(step, Map.of("docNo", r.docNo().strip(), "signedOn", r.signedOn()));
    }

    /**
     * 行政复议决定. Without the respondent's answer in its period, only the outcomes of 第七十条 remain
     * (the act is taken to have no evidence or basis).
     */
    @Allowed.CaseHandlers
    public ReconsiderationCase decide(long id, DecisionRequest r) {
        CaseSteps.Taken step = steps.take(id, Step.DECIDE, r.version());
        ReconsiderationCase c = step.c();
        between("decidedOn", r.decidedOn(), c.acceptance().acceptedOn(), step.today());
        if (c.answer().receivedOn() == null && !WITHOUT_AN_ANSWER.contains(r.outcome())) {
            throw InvalidInputException.field("outcome", "reconsideration.decision.no-answer");
        }
        closeClocks(c, r.decidedOn());
        step.record().decided(r.outcome().name(), r.decisionNo().strip(), r.decidedOn(), r.summary().strip());
        return steps.complete(step, Map.of("outcome", r.outcome(), "decisionNo", r.decisionNo().strip(), "decidedOn",
                r.decidedOn()));
    }

    /** 终止 on a ground of 第四十一条 (a settlement records its agreement: 和解, 第七十四条). */
    @Allowed.CaseHandlers
    public ReconsiderationCase terminate(long id, TerminationRequest r) {
        CaseSteps.Taken step = steps.take(id, Step.TERMINATE, r.version());
        ReconsiderationCase c = step.c();
        if (r.ground() == TerminationGround.SUSPENSION_EXPIRED) {
            throw InvalidInputException.field("ground", "reconsideration.termination.use-suspension-step");
        }
        between("on", r.on(), c.acceptance().acceptedOn(), step.today());
        String number = Applications.blank(r.settlementNo());
        String summary = Applications.blank(r.settlementSummary());
        if (r.ground() == TerminationGround.SETTLED) {
            if (number == null || summary == null) {
                throw InvalidInputException.field(number == null ? "settlementNo" : "settlementSummary",
                        "reconsideration.termination.settlement-required");
            }
            step.record().resolved(ResolutionKind.SETTLEMENT.name(), number, r.on(), summary);
        }
        closeClocks(c, r.on());
        step.record().terminated(r.ground().name(), r.on(), r.reason().strip());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("ground", r.ground());
        details.put("on", r.on());
        details.put("reason", r.reason().strip());
        if (number != null && r.ground() == TerminationGround.SETTLED) {
            details.put("settlementNo", number);
        }
        return steps.complete(step, details);
    }

    /** Stores an upload under the handling unit and attaches it to the case. */
    @Allowed.CaseHandlers
    public CaseAttachment attach(long id, AttachmentKind kind, InputStream content, String fileName, String type) {
        CaseSteps.Taken step = steps.take(id, Step.ATTACH, null);
        if (kind == null) {
            throw InvalidInputException.field("kind", "reconsideration.attachment.kind-required");
        }
        StoredFile file = files.store(content, fileName, type, step.c().unitId());
        long attachment = attachments.insert(id, file.id(), kind, file.originalName(), file.size(), false,
                Actor.current().userId(), steps.now());
        audit.created("reconsideration-attachment", attachment, Map.of("caseId", id, "fileId", file.id(), "kind", kind,
                "name", file.originalName()));
        return attachments.find(attachment).orElseThrow();
    }

    /** The decision clock met on the day the case ended; a suspension's clocks stop with it. */
    private void closeClocks(ReconsiderationCase c, LocalDate on) {
        clocks.meet(c.clocks().decision(), on);
        clocks.cancel(c.clocks().suspension(), texts.stored("reconsideration.clock.closed"));
        if (c.status() == CaseStatus.SUSPENDED) {
            suspensions.close(c.id(), on);
        }
    }

    static void between(String field, LocalDate value, LocalDate from, LocalDate to) {
        if (from != null && value.isBefore(from) || value.isAfter(to)) {
            throw InvalidInputException.field(field, "reconsideration.date.between", from == null ? "-" : from, to);
        }
    }
}
