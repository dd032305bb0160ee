package org.fazhi.reconsideration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.fazhi.reconsideration.internal.CaseProcedure;
import org.fazhi.reconsideration.internal.CaseProcedure.Step;
import org.fazhi.reconsideration.internal.LetterProcedure;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.RefusedException;
import org.fazhi.shared.procedure.Guide;
import org.fazhi.shared.procedure.StepCheck;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The guide on the case page and the steps never disagree: for cases in every state (and in the
 * states the gates tell apart: in time or late, review period running or over, 补正 used or extended,
 * copy sent or not, answer in or pending, parties heard or not, a hearing pending or due, simplified
 * or ordinary, extended, suspended on each kind of ground, an incidental review at each of its steps,
 * and every closed state), for every step a person takes and for users of every standing (the body's
 * reviewer, the respondent agency's drafter, a leader, another unit's reviewer), "the guide says
 * allowed" holds exactly when the step succeeds with valid input, and a refused step is refused with
 * the guide's reason. The same for the letters' procedure. Each step is taken in a transaction that is
 * rolled back, so every combination starts from the same state.
 */
@FazhiIT
class CaseGuideAgreesWithStepsIT extends ReconsiderationTestBase {

    private static final LocalDate TODAY = LocalDate.of(2025, 11, 3);

    @Autowired
    TransactionTemplate transactions;

    private record Outcome(String kind, String code) {

        static final Outcome DONE = new Outcome("done", null);
        static final Outcome NOT_FOUND = new Outcome("not-found", null);
        static final Outcome FORBIDDEN = new Outcome("forbidden", null);

        static Outcome refused(String code) {
            return new Outcome("refused", code);
        }

        static Outcome invalid(String what) {
            return new Outcome("invalid", what);
        }
    }

    @Test
    void forEveryStateStepAndUserTheGuideSaysAllowedExactlyWhenTheStepSucceeds() {
        Map<String, ReconsiderationCase> states = casesInEveryState();
        on(TODAY);
        List<String> users = List.of(fx.handler(), fx.respondent(), "lingdao", fx.outsider());
        List<String> disagreements = new ArrayList<>();
        int allowed = 0;
        for (var e : states.entrySet()) {
            long id = e.getValue().id();
            ReconsiderationCase c = e.getValue();
            NormdocReview n = as(fx.handler(), () -> overviews.of(id)).normdoc();
            for (String user : users) {
                Guide<CaseStatus> g = guideAs(user, id);
                for (Step step : CaseProcedure.PEOPLE_STEPS) {
                    if (g == null && step != CaseProcedure.PEOPLE_STEPS.get(0)) {
                        continue; // outside the scope every step is the same 404: one is tried
                    }
                    Outcome outcome = take(user, () -> attempt(c, n, step));
                    String where = e.getKey() + " / " + CaseProcedure.name(step) + " / " + user + ": ";
                    if (g == null) {
                        if (outcome != Outcome.NOT_FOUND && outcome != Outcome.FORBIDDEN) {
                            disagreements.add(where + "guide 404 but the step gave " + outcome);
                        }
                        continue;
                    }
                    StepCheck check = g.step(CaseProcedure.name(step));
                    if (check.allowed()) {
                        allowed++;
                        if (outcome != Outcome.DONE) {
                            disagreements.add(where + "guide allowed but the step gave " + outcome);
                        }
                    } else if (outcome == Outcome.DONE) {
                        disagreements.add(where + "guide refused (" + check.code() + ") but the step succeeded");
                    } else if (outcome == Outcome.FORBIDDEN) {
                        if (!"role".equals(check.code())) {
                            disagreements.add(where + "step forbidden to the role but the guide said " + check.code());
                        }
                    } else if (!outcome.kind().equals("refused") || !outcome.code().equals(check.code())) {
                        disagreements.add(where + "guide refused with " + check.code() + " but the step gave " + outcome);
                    }
                }
            }
        }
        assertThat(disagreements).as("guide and step disagree").isEmpty();
        assertThat(allowed).as("allowed combinations exercised").isGreaterThan(100);
        assertThat(states.values()).extracting(ReconsiderationCase::status).contains(CaseStatus.values());
    }

    @Test
    void theLettersGuideAgreesWithTheCorrectionReport() {
        ReconsiderationCase c = heard(d("2025-10-20"));
        on(d("2025-10-24"));
        decide(c.id(), DecisionOutcome.REVOKED, d("2025-10-24"));
        OpinionLetter open = handler(() -> letters.issue(c.id(), letter()));
        OpinionLetter reported = handler(() -> letters.issue(c.id(), letter()));
        as(fx.respondent(), () -> letters.report(reported.id(), new CorrectionReportRequest(d("2025-10-24"), "已纠正。",
                null)));
        on(TODAY);
        List<String> disagreements = new ArrayList<>();
        for (OpinionLetter l : List.of(open, reported)) {
            for (String user : List.of(fx.handler(), fx.respondent(), "lingdao", fx.outsider())) {
                Guide<LetterStatus> g;
                try {
                    g = as(user, () -> letters.guide(l.id()));
                } catch (NotFoundException e) {
                    g = null;
                }
                Outcome outcome = take(user, () -> letters.report(l.id(), new CorrectionReportRequest(TODAY, "整改。", null)));
                StepCheck check = g == null ? null : g.step(OpinionLetters.stepName(LetterProcedure.Step.REPORT_CORRECTION));
                String where = l.status() + " / " + user + ": ";
                if (check == null) {
                    if (outcome != Outcome.NOT_FOUND) {
                        disagreements.add(where + "guide 404 but " + outcome);
                    }
                } else if (check.allowed() != (outcome == Outcome.DONE)) {
                    disagreements.add(where + "guide " + check.allowed() + " but " + outcome);
                } else if (!check.allowed() && outcome.code() != null && !outcome.code().equals(check.code())) {
                    disagreements.add(where + "guide " + check.code() + " but " + outcome);
                }
            }
        }
        assertThat(disagreements).isEmpty();
    }

    /** Cases standing in each state the gates tell apart, built through the real steps. */
    private Map<String, ReconsiderationCase> casesInEveryState() {
        Map<String, ReconsiderationCase> m = new LinkedHashMap<>();
        m.put("received", receive(d("2025-10-31")));
        m.put("received late", receive(d("2025-10-31"), d("2025-07-01"), ActType.PENALTY, false, null));
        m.put("received, review period over", receive(d("2025-10-13")));

        ReconsiderationCase asked = receive(d("2025-10-31"));
        correction(asked.id(), d("2025-10-31"));
        m.put("awaiting correction", asked);
        ReconsiderationCase extended = receive(d("2025-10-31"));
        correction(extended.id(), d("2025-10-31"));
        handler(() -> applications.extendCorrection(extended.id(), new CorrectionExtensionRequest("病假。", null)));
        m.put("awaiting correction, extended", extended);
        ReconsiderationCase corrected = receive(d("2025-10-30"));
        correction(corrected.id(), d("2025-10-30"));
        on(d("2025-10-31"));
        handler(() -> applications.receiveCorrection(corrected.id(), new CorrectionReceiptRequest(d("2025-10-31"), null,
                null)));
        m.put("received after its correction", corrected);

        m.put("accepted, copy not sent", accepted(d("2025-10-31")));
        ReconsiderationCase copied = accepted(d("2025-10-31"));
        copy(copied.id(), d("2025-10-31"));
        m.put("accepted, answer period running", copied);
        ReconsiderationCase answered = accepted(d("2025-10-20"));
        copy(answered.id(), d("2025-10-20"));
        answer(answered.id(), d("2025-10-20"));
        m.put("accepted, answered, parties not heard", answered);
        ReconsiderationCase silent = accepted(d("2025-10-01"));
        on(d("2025-10-09"));
        copy(silent.id(), d("2025-10-09"));
        m.put("accepted, answer period over without an answer", silent);
        m.put("accepted, heard", heard(d("2025-10-20")));
        ReconsiderationCase simple = receive(d("2025-10-20"), d("2025-10-10"), ActType.INFORMATION_DISCLOSURE, false,
                null);
        accept(simple.id(), d("2025-10-20"), ProcedureKind.SIMPLIFIED);
        copy(simple.id(), d("2025-10-20"));
        answer(simple.id(), d("2025-10-20"));
        m.put("simplified, answered", simple);
        ReconsiderationCase pending = accepted(d("2025-10-20"));
        copy(pending.id(), d("2025-10-20"));
        handler(() -> cases.scheduleHearing(pending.id(), new HearingScheduleRequest(d("2025-11-20"), d("2025-10-20"),
                "听证室", null)));
        m.put("hearing pending", pending);
        ReconsiderationCase due = accepted(d("2025-10-20"));
        copy(due.id(), d("2025-10-20"));
        handler(() -> cases.scheduleHearing(due.id(), new HearingScheduleRequest(TODAY, d("2025-10-20"), "听证室",
                null)));
        m.put("hearing due", due);
        ReconsiderationCase longer = heard(d("2025-10-20"));
        handler(() -> cases.extend(longer.id(), new ApprovalRequest(d("2025-10-20"), "负责人", "情况复杂。", null)));
        m.put("extended", longer);

        ReconsiderationCase paused = accepted(d("2025-10-20"));
        suspend(paused.id(), SuspensionGround.FORCE_MAJEURE, d("2025-10-20"));
        m.put("suspended", paused);
        ReconsiderationCase died = accepted(d("2025-08-01"));
        suspend(died.id(), SuspensionGround.APPLICANT_DIED, d("2025-08-04"));
        m.put("suspended on a death for 60 days", died);
        ReconsiderationCase competent = accepted(d("2025-10-20"));
        normdoc(competent.id(), true);
        m.put("normdoc review, competent", competent);
        ReconsiderationCase notified = accepted(d("2025-10-20"));
        normdoc(notified.id(), true);
        handler(() -> normdocs.notifyIssuer(notified.id(), new NormdocStepRequest(d("2025-10-20"), null, null, null,
                null)));
        m.put("normdoc review, issuer notified", notified);
        ReconsiderationCase forwarded = accepted(d("2025-10-20"));
        normdoc(forwarded.id(), false);
        handler(() -> normdocs.forward(forwarded.id(), new NormdocStepRequest(d("2025-10-20"), "某市人民政府", null, null,
                null)));
        m.put("normdoc review, forwarded", forwarded);
        ReconsiderationCase concluded = accepted(d("2025-10-20"));
        normdoc(concluded.id(), false);
        handler(() -> normdocs.forward(concluded.id(), new NormdocStepRequest(d("2025-10-20"), "某市人民政府", null,
                null, null)));
        handler(() -> normdocs.conclude(concluded.id(), new NormdocStepRequest(d("2025-10-20"), null,
                NormdocConclusion.REPLIED, null, null)));
        m.put("normdoc review concluded", concluded);

        ReconsiderationCase decided = heard(d("2025-10-20"));
        decide(decided.id(), DecisionOutcome.UPHELD, d("2025-10-20"));
        m.put("decided", decided);
        ReconsiderationCase mediated = heard(d("2025-10-20"));
        handler(() -> cases.mediate(mediated.id(), new MediationRequest("调" + SERIAL.incrementAndGet(), d("2025-10-20"),
                "调解。", null)));
        m.put("mediated", mediated);
        ReconsiderationCase ended = heard(d("2025-10-20"));
        handler(() -> cases.terminate(ended.id(), new TerminationRequest(TerminationGround.WITHDRAWN, d("2025-10-20"),
                "撤回。", null, null, null)));
        m.put("terminated", ended);
        ReconsiderationCase refused = receive(d("2025-10-20"));
        handler(() -> applications.refuse(refused.id(), new RefusalRequest(d("2025-10-20"), "不属于受理范围。", null, null)));
        m.put("refused", refused);
        ReconsiderationCase withdrawn = receive(d("2025-10-20"));
        handler(() -> applications.withdraw(withdrawn.id(), new ApplicationWithdrawalRequest(d("2025-10-20"), "撤回。",
                null)));
        m.put("withdrawn", withdrawn);
        ReconsiderationCase abandoned = receive(d("2025-09-26"));
        correction(abandoned.id(), d("2025-09-29"));
        on(d("2025-10-21"));
        applications.correctionLapsed(abandoned.id());
        m.put("abandoned", abandoned);

        on(TODAY);
        Map<String, ReconsiderationCase> reloaded = new LinkedHashMap<>();
        m.forEach((k, v) -> reloaded.put(k, reload(v.id())));
        return reloaded;
    }

    private void correction(long id, LocalDate on) {
        on(on);
        handler(() -> applications.requestCorrection(id, new CorrectionNoticeRequest("补充材料。", on, null)));
    }

    private void suspend(long id, SuspensionGround ground, LocalDate on) {
        on(on);
        handler(() -> cases.suspend(id, new SuspensionRequest(ground, on, "中止。", null)));
    }

    private void normdoc(long id, boolean competent) {
        handler(() -> normdocs.open(id, new NormdocReviewRequest("某规范性文件", "某县人民政府", null, competent,
                today(), null)));
    }

    private LetterRequest letter() {
        return new LetterRequest(LetterKind.OPINION, fx.agency(), "意" + fx.tag() + SERIAL.incrementAndGet(),
                today(), today(), "请纠正。");
    }

    private Guide<CaseStatus> guideAs(String user, long id) {
        try {
            return as(user, () -> guide.of(id));
        } catch (NotFoundException e) {
            return null;
        }
    }

    /** Takes the step with valid input as {@code user}, in a transaction rolled back afterwards. */
    private Outcome take(String user, Supplier<?> step) {
        return as(user, () -> transactions.execute(tx -> {
            tx.setRollbackOnly();
            try {
                step.get();
                return Outcome.DONE;
            } catch (RefusedException e) {
                return Outcome.refused(e.code());
            } catch (AccessDeniedException e) {
                return Outcome.FORBIDDEN;
            } catch (NotFoundException e) {
                return Outcome.NOT_FOUND;
            } catch (InvalidInputException e) {
                return Outcome.invalid(e.fieldProblems().isEmpty() ? e.messageKey()
                        : e.fieldProblems().get(0).field() + ":" + e.fieldProblems().get(0).messageKey());
            }
        }));
    }

    /** The step with input valid in whichever state lets it through. */
    private Object attempt(ReconsiderationCase c, NormdocReview n, Step step) {
        long id = c.id();
        LocalDate from = c.correction().receivedOn() != null ? c.correction().receivedOn() : c.receivedOn();
        return switch (step) {
            case REQUEST_CORRECTION -> applications.requestCorrection(id, new CorrectionNoticeRequest("补充。", from, null));
            case RECEIVE_CORRECTION -> applications.receiveCorrection(id, new CorrectionReceiptRequest(TODAY, null, null));
            case EXTEND_CORRECTION -> applications.extendCorrection(id, new CorrectionExtensionRequest("理由。", null));
            case ACCEPT -> applications.accept(id, new AcceptanceRequest(TODAY, ProcedureKind.ORDINARY, false, null));
            case REFUSE -> applications.refuse(id, new RefusalRequest(from, "理由。", null, null));
            case WITHDRAW -> applications.withdraw(id, new ApplicationWithdrawalRequest(TODAY, "理由。", null));
            case SEND_COPY -> cases.sendCopy(id, new CopyRequest(TODAY, null, null));
            case RECORD_ANSWER -> cases.recordAnswer(id, new AnswerRequest(TODAY, "答复。", null));
            case SCHEDULE_HEARING -> cases.scheduleHearing(id, new HearingScheduleRequest(TODAY.plusDays(20), TODAY,
                    "听证室", null));
            case RECORD_HEARING -> cases.recordHearing(id, new HearingRecordRequest(true, "负责人", null, null, true,
                    "听证。", null));
            case RECORD_VIEWS -> cases.recordViews(id, new ViewsRequest(HearingKind.VIEWS, TODAY, null, "意见。", null));
            case EXTEND -> cases.extend(id, new ApprovalRequest(TODAY, "负责人", "复杂。", null));
            case CONVERT_TO_ORDINARY -> cases.convertToOrdinary(id, new ApprovalRequest(TODAY, "负责人", "复杂。", null));
            case SUSPEND -> cases.suspend(id, new SuspensionRequest(SuspensionGround.FORCE_MAJEURE, TODAY, "中止。", null));
            case RESUME -> cases.resume(id, new ResumptionRequest(TODAY, null));
            case OPEN_NORMDOC_REVIEW -> normdocs.open(id, new NormdocReviewRequest("文件", "机关", null, true, TODAY, null));
            case NOTIFY_ISSUER -> normdocs.notifyIssuer(id, new NormdocStepRequest(TODAY, null, null, null, null));
            case RECORD_ISSUER_ANSWER -> normdocs.recordIssuerAnswer(id, new NormdocStepRequest(TODAY, null, null, null,
                    null));
            case FORWARD_NORMDOC -> normdocs.forward(id, new NormdocStepRequest(TODAY, "某机关", null, null, null));
            case CONCLUDE_NORMDOC -> normdocs.conclude(id, new NormdocStepRequest(TODAY, null,
                    n == null || n.competent() ? NormdocConclusion.LAWFUL : NormdocConclusion.REPLIED, null, null));
            case MEDIATE -> cases.mediate(id, new MediationRequest("调" + SERIAL.incrementAndGet(), TODAY, "调解。", null));
            case DECIDE -> cases.decide(id, new DecisionRequest(c.answer().receivedOn() != null ? DecisionOutcome.UPHELD
                    : DecisionOutcome.REVOKED, "决" + SERIAL.incrementAndGet(), TODAY, "理由。", null));
            case TERMINATE -> cases.terminate(id, new TerminationRequest(TerminationGround.WITHDRAWN, TODAY, "撤回。", null,
                    null, null));
            case TERMINATE_AFTER_SUSPENSION -> cases.terminateAfterSuspension(id, new SuspensionEndRequest(TODAY, "满六十日。",
                    null));
            case ISSUE_LETTER -> letters.issue(id, letter());
            case ATTACH -> cases.attach(id, AttachmentKind.OTHER,
                    new ByteArrayInputStream("材料".getBytes(StandardCharsets.UTF_8)), "note.txt", "text/plain");
            default -> throw new IllegalArgumentException(step.name());
        };
    }
}
