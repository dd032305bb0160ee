package org.fazhi.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.fazhi.disclosure.internal.ReportProcedure;
import org.fazhi.disclosure.internal.RequestProcedure;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.RefusedException;
import org.fazhi.shared.procedure.Guide;
import org.fazhi.shared.procedure.Procedure;
import org.fazhi.shared.procedure.StepCheck;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The guides of a request and of an annual report never disagree with the steps: for records in every state,
 * every step a person takes and users of every standing (the unit's clerk and its 法治办, a leader, another
 * unit's clerk), "the guide says allowed" holds exactly when the step succeeds with valid input, and a refused
 * step is refused with the guide's reason. Each step runs in a transaction rolled back afterwards.
 */
@FazhiIT
class DisclosureGuideAgreesWithStepsIT extends DisclosureTestBase {

    @Autowired
    TransactionTemplate transactions;

    private record Outcome(String kind, String code) {

        static final Outcome DONE = new Outcome("done", null);
        static final Outcome NOT_FOUND = new Outcome("not-found", null);
        static final Outcome FORBIDDEN = new Outcome("forbidden", null);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @Test
    void forEveryRequestStateStepAndUserTheGuideSaysAllowedExactlyWhenTheStepSucceeds() {
        on("2026-06-10");
        Map<String, Long> byState = new LinkedHashMap<>();
        byState.put("processing", received(RequesterType.NATURAL_PERSON, "处理中").id());
        long awaiting = received(RequesterType.NATURAL_PERSON, "待补正").id();
        as(fx.clerk(), () -> requests.askCorrection(awaiting, new CorrectionNoticeRequest("请明确", today(), null)));
        byState.put("awaiting correction", awaiting);
        long corrected = received(RequesterType.NATURAL_PERSON, "已补正").id();
        as(fx.clerk(), () -> requests.askCorrection(corrected, new CorrectionNoticeRequest("请明确", today(), null)));
        as(fx.clerk(), () -> requests.receiveCorrection(corrected, new DateStepRequest(today(), null)));
        byState.put("processing after correction", corrected);
        long consulting = received(RequesterType.COMMERCIAL, "征求意见中").id();
        as(fx.clerk(), () -> requests.consult(consulting, new ConsultationRequest("第三方", today(), null)));
        byState.put("consulting", consulting);
        long extended = received(RequesterType.NATURAL_PERSON, "已延期").id();
        as(fx.clerk(), () -> requests.extend(extended, new ExtensionRequest("理由", "主任", null)));
        byState.put("extended", extended);
        long replied = received(RequesterType.NATURAL_PERSON, "已答复").id();
        as(fx.clerk(), () -> requests.reply(replied, new ReplyRequest(ReplyReason.DISCLOSED, "公开", today(), null)));
        byState.put("replied", replied);
        on("2026-05-11");
        long old = received(RequesterType.NATURAL_PERSON, "已超期").id();
        on("2026-06-10");
        byState.put("overdue", old);

        List<String> disagreements = agree(byState, RequestProcedure.PEOPLE_STEPS, id -> guide.of(id),
                (id, step) -> switch (step) {
                    case ASK_CORRECTION -> () -> requests.askCorrection(id, new CorrectionNoticeRequest("请明确",
                            receivedOn(id), null));
                    case RECEIVE_CORRECTION -> () -> requests.receiveCorrection(id, new DateStepRequest(today(), null));
                    case ANSWER_CORRECTION -> throw new IllegalStateException("the requester's step, not on the guide");
                    case CONSULT -> () -> requests.consult(id, new ConsultationRequest("第三方", receivedOn(id), null));
                    case END_CONSULTATION -> () -> requests.endConsultation(id, new DateStepRequest(today(), null));
                    case EXTEND -> () -> requests.extend(id, new ExtensionRequest("理由", "主任", null));
                    case REPLY -> () -> {
                        boolean awaitingNow = as(fx.clerk(), () -> requests.request(id)).status()
                                == RequestStatus.AWAITING_CORRECTION;
                        return requests.reply(id, new ReplyRequest(awaitingNow ? ReplyReason.NOT_CORRECTED
                                : ReplyReason.DISCLOSED, "答复", today(), null));
                    };
                });
        assertThat(disagreements).as("guide and step disagree").isEmpty();
    }

    @Test
    void forEveryReportStateStepAndUserTheGuideSaysAllowedExactlyWhenTheStepSucceeds() {
        on("2026-02-10");
        Map<String, Long> byState = new LinkedHashMap<>();
        byState.put("draft incomplete", as(fx.clerk(), () -> reports.open(new ReportRequest(fx.dept(), 2021,
                ReportKind.DEPARTMENT))).id());
        long complete = complete(2022);
        byState.put("draft complete", complete);
        long submitted = complete(2023);
        as(fx.clerk(), () -> reports.submit(submitted, new ReportNoteRequest(null, null)));
        byState.put("submitted", submitted);
        long published = complete(2024);
        as(fx.clerk(), () -> reports.submit(published, new ReportNoteRequest(null, null)));
        as(fx.second(), () -> reports.approve(published, new ReportNoteRequest(null, null)));
        byState.put("published", published);

        List<String> disagreements = agree(byState, ReportProcedure.PEOPLE_STEPS, id -> reports.guide(id),
                (id, step) -> switch (step) {
                    case EDIT -> () -> reports.saveTexts(id, new ReportTextRequest("总体", "问题", null, null));
                    case SUBMIT -> () -> reports.submit(id, new ReportNoteRequest(null, null));
                    case APPROVE -> () -> reports.approve(id, new ReportNoteRequest(null, null));
                    case RETURN -> () -> reports.returnReport(id, new ReportNoteRequest("退回理由", null));
                });
        assertThat(disagreements).as("guide and step disagree").isEmpty();
    }

    /** The day a request's clock started: a valid date for a notice or a consultation in every state. */
    private LocalDate receivedOn(long id) {
        return as(fx.clerk(), () -> requests.request(id)).clockStart();
    }

    private long complete(int year) {
        return as(fx.clerk(), () -> {
            AnnualReport r = reports.open(new ReportRequest(fx.dept(), year, ReportKind.DEPARTMENT));
            reports.saveTexts(r.id(), new ReportTextRequest("总体情况", "存在问题", null, null));
            for (String key : reports.report(r.id()).missingCells()) {
                reports.enterCell(r.id(), new ReportCellRequest(key, BigDecimal.ZERO, "台账", null));
            }
            return r.id();
        });
    }

    private <T extends Enum<T>> List<String> agree(Map<String, Long> records, List<T> steps,
            Function<Long, Guide<?>> guideOf, BiFunction<Long, T, Supplier<Object>> attempt) {
        List<String> users = List.of(fx.clerk(), fx.second(), fx.leader(), fx.outsider());
        List<String> disagreements = new ArrayList<>();
        int allowed = 0;
        for (var entry : records.entrySet()) {
            long id = entry.getValue();
            for (String user : users) {
                Guide<?> g;
                try {
                    g = as(user, () -> guideOf.apply(id));
                } catch (NotFoundException e) {
                    g = null;
                }
                for (T step : steps) {
                    Outcome outcome = take(user, attempt.apply(id, step));
                    String where = entry.getKey() + " / " + Procedure.name(step) + " / " + user + ": ";
                    if (g == null) {
                        if (outcome != Outcome.NOT_FOUND && outcome != Outcome.FORBIDDEN) {
                            disagreements.add(where + "guide 404 but the step gave " + outcome);
                        }
                        continue;
                    }
                    StepCheck check = g.step(Procedure.name(step));
                    if (check.allowed()) {
                        allowed++;
                        if (outcome != Outcome.DONE) {
                            disagreements.add(where + "guide allowed but the step gave " + outcome);
                        }
                    } else if (outcome == Outcome.DONE) {
                        disagreements.add(where + "guide refused (" + check.code() + ") but the step succeeded");
                    } else if (outcome == Outcome.FORBIDDEN) {
                        if (!"role".equals(check.code())) {
                            disagreements.add(where + "forbidden to the role but the guide said " + check.code());
                        }
                    } else if (!"refused".equals(outcome.kind()) || !outcome.code().equals(check.code())) {
                        disagreements.add(where + "guide refused with " + check.code() + " but the step gave " + outcome);
                    }
                }
            }
        }
        assertThat(allowed).as("allowed combinations exercised").isGreaterThan(5);
        return disagreements;
    }

    private Outcome take(String user, Supplier<Object> step) {
        return as(user, () -> transactions.execute(tx -> {
            tx.setRollbackOnly();
            try {
                step.get();
                return Outcome.DONE;
            } catch (RefusedException e) {
                return new Outcome("refused", e.code());
            } catch (InvalidInputException e) {
                return new Outcome("invalid", e.fieldProblems().toString());
            } catch (AccessDeniedException e) {
                return Outcome.FORBIDDEN;
            } catch (NotFoundException e) {
                return Outcome.NOT_FOUND;
            }
        }));
    }
}
