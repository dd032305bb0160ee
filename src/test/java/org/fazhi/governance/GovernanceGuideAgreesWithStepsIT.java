package org.fazhi.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.fazhi.governance.internal.FindingProcedure;
import org.fazhi.governance.internal.TaskProcedure;
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
 * The guides on the task and finding pages never disagree with the steps: for tasks and findings in
 * every state, every step a person takes, and users of every standing (the responsible or owner unit, a
 * co-unit, the town's 法治办, the county's 法治办, a leader, another town's office), "the guide says
 * allowed" holds exactly when the step succeeds with valid input, and a refused step is refused with the
 * guide's reason. Each step runs in a transaction rolled back afterwards.
 */
@FazhiIT
class GovernanceGuideAgreesWithStepsIT extends GovernanceTestBase {

    @Autowired
    TransactionTemplate transactions;

    private record Outcome(String kind, String code) {

        static final Outcome DONE = new Outcome("done", null);
        static final Outcome NOT_FOUND = new Outcome("not-found", null);
        static final Outcome FORBIDDEN = new Outcome("forbidden", null);
    }

    @Test
    void forEveryTaskStateStepAndUserTheGuideSaysAllowedExactlyWhenTheStepSucceeds() {
        LocalDate due = today().plusDays(20);
        String[] row = {"1", "引导一致性任务", fx.deptName(), fx.codeptName(), due.toString()};
        Map<String, Long> tasksByState = new LinkedHashMap<>();
        WorkPlan draft = as(fx.office(), () -> plans.create(new PlanRequest(fx.town(), today().getYear(),
                PlanKind.IMPLEMENTATION_PLAN, "未印发" + fx.tag(), null)));
        as(fx.office(), () -> plans.loadTasks(draft.id(), List.of(new WorkPlans.Row(2, row[0], row[1], row[2], row[3],
                due)), null));
        tasksByState.put("planned", as(fx.office(), () -> plans.tasks(draft.id())).get(0).id());
        tasksByState.put("assigned", only(issuedPlan(today().getYear(), today().minusDays(3), row)).id());
        long progressing = only(issuedPlan(today().getYear(), today().minusDays(3), row)).id();
        as(fx.worker(), () -> tasks.reportProgress(progressing, new ProgressRequest("推进中", null), List.of()));
        tasksByState.put("in progress", progressing);
        long reported = only(issuedPlan(today().getYear(), today().minusDays(3), row)).id();
        as(fx.worker(), () -> tasks.requestClosure(reported, new CompletionRequest(today(), "已完成", null),
                evidence("材料")));
        tasksByState.put("awaiting confirmation", reported);
        long done = only(issuedPlan(today().getYear(), today().minusDays(3), row)).id();
        as(fx.worker(), () -> tasks.requestClosure(done, new CompletionRequest(today(), "已完成", null), evidence("材料")));
        as(fx.office(), () -> tasks.confirm(done, new DecisionNoteRequest(null, null)));
        tasksByState.put("done", done);
        long cancelled = only(issuedPlan(today().getYear(), today().minusDays(3), row)).id();
        as(fx.office(), () -> tasks.cancel(cancelled, new DecisionNoteRequest("取消", null)));
        tasksByState.put("cancelled", cancelled);
        assertThat(tasksByState.values().stream().map(id -> as("fzb", () -> tasks.task(id)).status()).toList())
                .contains(TaskStatus.values());

        List<String> disagreements = agree(tasksByState, TaskProcedure.PEOPLE_STEPS, id -> taskGuide.of(id),
                (id, step) -> switch (step) {
                    case REPORT_PROGRESS -> () -> tasks.reportProgress(id, new ProgressRequest("进展", null), List.of());
                    case REQUEST_CLOSURE -> () -> tasks.requestClosure(id, new CompletionRequest(today(), "完成", null),
                            evidence("材料"));
                    case CONFIRM -> () -> tasks.confirm(id, new DecisionNoteRequest(null, null));
                    case RETURN -> () -> tasks.returnTask(id, new DecisionNoteRequest("退回理由", null));
                    case CANCEL -> () -> tasks.cancel(id, new DecisionNoteRequest("取消理由", null));
                    default -> throw new IllegalArgumentException(step.name());
                });
        assertThat(disagreements).as("guide and step disagree").isEmpty();
    }

    @Test
    void forEveryFindingStateStepAndUserTheGuideSaysAllowedExactlyWhenTheStepSucceeds() {
        Inspection i = as("fzb", () -> inspections.record(new InspectionRequest(null, fx.town(),
                InspectionKind.INSPECTION, null, today().minusDays(5), "县督察组", "督察")));
        Function<String, Long> finding = d -> as("fzb", () -> inspections.addFinding(i.id(), new FindingRequest(d,
                fx.dept(), "负责人", "措施", today().plusDays(10)))).id();
        Map<String, Long> byState = new LinkedHashMap<>();
        byState.put("open", finding.apply("已交办"));
        long rectifying = finding.apply("整改中");
        as(fx.worker(), () -> rectifications.reportProgress(rectifying, new ProgressRequest("推进", null), List.of()));
        byState.put("rectifying", rectifying);
        long submitted = finding.apply("申请销号");
        as(fx.worker(), () -> rectifications.submitRectification(submitted, new CompletionRequest(today(), "已整改",
                null), evidence("材料")));
        byState.put("awaiting acceptance", submitted);
        long closed = finding.apply("已销号");
        as(fx.worker(), () -> rectifications.submitRectification(closed, new CompletionRequest(today(), "已整改", null),
                evidence("材料")));
        as("fzb", () -> rectifications.accept(closed, new DecisionNoteRequest(null, null)));
        byState.put("closed", closed);

        List<String> disagreements = agree(byState, FindingProcedure.PEOPLE_STEPS, id -> findingGuide.of(id),
                (id, step) -> switch (step) {
                    case REPORT_PROGRESS -> () -> rectifications.reportProgress(id, new ProgressRequest("进展", null),
                            List.of());
                    case SUBMIT_RECTIFICATION -> () -> rectifications.submitRectification(id,
                            new CompletionRequest(today(), "已整改", null), evidence("材料"));
                    case ACCEPT -> () -> rectifications.accept(id, new DecisionNoteRequest(null, null));
                    case RETURN -> () -> rectifications.returnFinding(id, new DecisionNoteRequest("退回理由", null));
                });
        assertThat(disagreements).as("guide and step disagree").isEmpty();
    }

    private <T extends Enum<T>> List<String> agree(Map<String, Long> records, List<T> steps,
            Function<Long, Guide<?>> guide, java.util.function.BiFunction<Long, T, Supplier<Object>> attempt) {
        List<String> users = List.of(fx.worker(), fx.coworker(), fx.office(), "fzb", fx.leader(), fx.outsider());
        List<String> disagreements = new ArrayList<>();
        int allowed = 0;
        for (var entry : records.entrySet()) {
            long id = entry.getValue();
            for (String user : users) {
                Guide<?> g;
                try {
                    g = as(user, () -> guide.apply(id));
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
        assertThat(allowed).as("allowed combinations exercised").isGreaterThan(8);
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
            } catch (AccessDeniedException e) {
                return Outcome.FORBIDDEN;
            } catch (NotFoundException e) {
                return Outcome.NOT_FOUND;
            }
        }));
    }
}
