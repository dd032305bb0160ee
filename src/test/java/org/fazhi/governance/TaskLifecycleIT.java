package org.fazhi.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.deadlines.DeadlineStatus;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.RefusedException;
import org.fazhi.shared.excel.ImportReport;
import org.fazhi.shared.excel.RowError;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/**
 * A plan's tasks from the task table to closure: the table checked row by row and stored whole or not
 * at all, the same table again changing nothing; issuing assigns each task with its due date on the
 * 督办台 (GV-01); the responsible unit and co-units report progress, only the responsible unit reports it
 * done and only with evidence; the plan's office confirms (the deadline met, late when after the due
 * date), returns or cancels; completion is counted per unit.
 */
@FazhiIT
class TaskLifecycleIT extends GovernanceTestBase {

    @Test
    void theTaskTableIsCheckedRowByRowNothingIsHalfImportedAndTheSameTableAgainChangesNothing() {
        int year = today().getYear();
        WorkPlan p = as(fx.office(), () -> plans.create(new PlanRequest(fx.town(), year, PlanKind.ANNUAL_POINTS,
                "导入测试" + fx.tag(), "治政发〔" + year + "〕1号")));
        List<WorkPlans.Row> bad = List.of(
                new WorkPlans.Row(2, "1", "开展规范性文件清理", fx.deptName(), fx.codeptName(), LocalDate.of(year, 6, 30)),
                new WorkPlans.Row(3, "2", "", fx.deptName(), "", LocalDate.of(year, 6, 30)),
                new WorkPlans.Row(4, "3", "推进执法公示", "不存在的单位", "", LocalDate.of(year, 6, 30)),
                new WorkPlans.Row(5, "1", "序号重复", fx.deptName(), "", LocalDate.of(year, 6, 30)),
                new WorkPlans.Row(6, "5", "时限不明", fx.deptName(), "", null),
                new WorkPlans.Row(7, "6", "时限早于计划年度", fx.deptName(), "", LocalDate.of(year - 1, 12, 1)));
        ImportReport report = as(fx.office(), () -> plans.loadTasks(p.id(), bad, List.of("", "", "", "", "六月底", "")));
        assertThat(report.ok()).isFalse();
        assertThat(report.errors()).extracting(RowError::row, RowError::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "工作任务"), org.assertj.core.groups.Tuple.tuple(4, "责任单位"),
                org.assertj.core.groups.Tuple.tuple(5, "序号"), org.assertj.core.groups.Tuple.tuple(6, "完成时限"),
                org.assertj.core.groups.Tuple.tuple(7, "完成时限"));
        assertThat(report.errors().get(3).message()).contains("六月底");
        assertThat(as(fx.office(), () -> plans.tasks(p.id()))).as("nothing stored").isEmpty();

        List<WorkPlans.Row> good = List.of(
                new WorkPlans.Row(2, "1", "开展规范性文件清理", fx.deptName(), fx.codeptName(), LocalDate.of(year, 6, 30)),
                new WorkPlans.Row(3, "2", "推进执法公示", "GV" + fx.tag() + "-SF", "", LocalDate.of(year, 9, 30)));
        assertThat(as(fx.office(), () -> plans.loadTasks(p.id(), good, null)).ok()).isTrue();
        List<PlanTask> first = as(fx.office(), () -> plans.tasks(p.id()));
        assertThat(first).extracting(PlanTask::taskNo).containsExactly("1", "2");
        assertThat(first.get(0).coUnitIds()).containsExactly(fx.codept());
        assertThat(as(fx.office(), () -> plans.loadTasks(p.id(), good, null)).ok()).isTrue();
        assertThat(as(fx.office(), () -> plans.tasks(p.id()))).as("the same table again: the same tasks")
                .isEqualTo(first);
    }

    @Test
    void issuingTracksEachTaskOnTheDutyBoardAndAnOverdueTaskStaysOverdueUntilDone() {
        int year = today().getYear();
        LocalDate issued = today().minusDays(40);
        LocalDate due = today().minusDays(10);
        WorkPlan p = issuedPlan(year, issued, new String[] {"1", "逾期任务", fx.deptName(), "", due.toString()});
        PlanTask t = only(p);
        assertThat(t.status()).isEqualTo(TaskStatus.ASSIGNED);
        TrackedDeadline d = deadlines.find(t.deadlineId()).orElseThrow();
        assertThat(d.ruleId()).isEqualTo("GV-01");
        assertThat(d.dueDate()).isEqualTo(due);
        assertThat(d.startDate()).isEqualTo(issued);
        assertThat(d.ownerUnitId()).isEqualTo(fx.dept());
        assertThat(d.status()).isEqualTo(DeadlineStatus.OVERDUE);
        assertThat(as(fx.worker(), () -> taskGuide.of(t.id())).nextKey()).isEqualTo("governance.next.overdue");
        assertThatThrownBy(() -> as(fx.office(), () -> plans.loadTasks(p.id(), List.of(), null)))
                .isInstanceOf(RefusedException.class).extracting("code").isEqualTo("plan-issued");
    }

    @Test
    void onlyTheResponsibleUnitReportsItDoneAndOnlyWithEvidenceThenTheOfficeConfirmsItLate() {
        LocalDate due = today().minusDays(5);
        WorkPlan p = issuedPlan(today().getYear(), today().minusDays(60),
                new String[] {"1", "清理规范性文件", fx.deptName(), fx.codeptName(), due.toString()});
        PlanTask t = only(p);
        as(fx.coworker(), () -> tasks.reportProgress(t.id(), new ProgressRequest("已完成司法所负责部分的梳理。", null),
                evidence("梳理表")));
        assertThat(as(fx.worker(), () -> tasks.task(t.id())).status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThatThrownBy(() -> as(fx.coworker(), () -> tasks.requestClosure(t.id(), new CompletionRequest(today(),
                "配合单位申请办结", null), evidence("x")))).isInstanceOf(RefusedException.class).extracting("code")
                .isEqualTo("not-lead-unit");
        assertThatThrownBy(() -> as(fx.worker(), () -> tasks.requestClosure(t.id(), new CompletionRequest(today(),
                "没有证明材料", null), List.of()))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldProblems()).extracting("field")
                        .containsExactly("files"));
        assertThatThrownBy(() -> as(fx.worker(), () -> tasks.requestClosure(t.id(), new CompletionRequest(
                today().minusDays(61), "早于印发", null), evidence("x")))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as(fx.leader(), () -> tasks.reportProgress(t.id(), new ProgressRequest("领导报送", null),
                List.of()))).as("leaders read").isInstanceOf(AccessDeniedException.class);

        LocalDate finished = today().minusDays(2);
        as(fx.worker(), () -> tasks.requestClosure(t.id(), new CompletionRequest(finished, "已完成清理并公布结果。", null),
                evidence("清理结果")));
        assertThatThrownBy(() -> as(fx.worker(), () -> tasks.confirm(t.id(), new DecisionNoteRequest(null, null))))
                .isInstanceOf(AccessDeniedException.class);
        PlanTask done = as(fx.office(), () -> tasks.confirm(t.id(), new DecisionNoteRequest("材料齐全，同意销号。", null)));
        assertThat(done.status()).isEqualTo(TaskStatus.DONE);
        assertThat(done.late()).isTrue();
        TrackedDeadline d = deadlines.find(t.deadlineId()).orElseThrow();
        assertThat(d.status()).isEqualTo(DeadlineStatus.MET);
        assertThat(d.metOn()).isEqualTo(finished);
        assertThat(d.late()).isTrue();
        assertThat(as(fx.office(), () -> tasks.overview(t.id())).reports()).extracting(Report::kind)
                .containsExactly(ReportKind.PROGRESS, ReportKind.CLOSURE, ReportKind.CONFIRMED);
        assertThat(as(fx.office(), () -> plans.completion(p.id()))).singleElement()
                .extracting(WorkPlans.UnitCompletion::done, WorkPlans.UnitCompletion::doneOnTime)
                .containsExactly(1, 0);
    }

    @Test
    void aReturnedTaskGoesBackToWorkAndACancelledOneLeavesTheDutyBoard() {
        WorkPlan p = issuedPlan(today().getYear(), today().minusDays(10),
                new String[] {"1", "退回的任务", fx.deptName(), "", today().plusDays(30).toString()},
                new String[] {"2", "取消的任务", fx.deptName(), "", today().plusDays(30).toString()});
        List<PlanTask> list = as(fx.office(), () -> plans.tasks(p.id()));
        as(fx.worker(), () -> tasks.requestClosure(list.get(0).id(), new CompletionRequest(today(), "已完成", null),
                evidence("材料")));
        assertThatThrownBy(() -> as(fx.office(), () -> tasks.returnTask(list.get(0).id(),
                new DecisionNoteRequest(" ", null)))).isInstanceOf(InvalidInputException.class);
        PlanTask returned = as(fx.office(), () -> tasks.returnTask(list.get(0).id(),
                new DecisionNoteRequest("缺少公布结果的截图。", null)));
        assertThat(returned.status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(returned.completedOn()).isNull();
        PlanTask cancelled = as(fx.office(), () -> tasks.cancel(list.get(1).id(),
                new DecisionNoteRequest("上级已统一部署，不再单独推进。", null)));
        assertThat(cancelled.status()).isEqualTo(TaskStatus.CANCELLED);
        assertThat(deadlines.find(list.get(1).deadlineId()).orElseThrow().status()).isEqualTo(DeadlineStatus.CANCELLED);
        assertThatThrownBy(() -> as(fx.worker(), () -> tasks.reportProgress(list.get(1).id(),
                new ProgressRequest("取消后报送", null), List.of()))).isInstanceOf(RefusedException.class)
                .extracting("code").isEqualTo("task-closed");
    }

    @Test
    void anotherTownsTasksAndPlansAreNotFound() {
        WorkPlan p = issuedPlan(today().getYear(), today().minusDays(1),
                new String[] {"1", "他镇不可见", fx.deptName(), "", today().plusDays(5).toString()});
        PlanTask t = only(p);
        assertThatThrownBy(() -> as(fx.outsider(), () -> tasks.task(t.id()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(fx.outsider(), () -> plans.plan(p.id()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(fx.outsider(), () -> tasks.reportProgress(t.id(), new ProgressRequest("越权", null),
                List.of()))).isInstanceOf(NotFoundException.class);
        assertThat(as(fx.worker(), () -> plans.plan(p.id())).id()).as("the responsible unit sees the plan it carries")
                .isEqualTo(p.id());
    }
}
