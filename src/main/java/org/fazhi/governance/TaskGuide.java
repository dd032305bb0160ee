package org.fazhi.governance;

import java.util.List;
import org.fazhi.governance.internal.TaskFacts;
import org.fazhi.governance.internal.TaskFactsReader;
import org.fazhi.governance.internal.TaskProcedure;
import org.fazhi.shared.procedure.Guide;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What comes next for a task, and for every step whether the acting user may take it now or why not. */
@Service
@Transactional(readOnly = true)
public class TaskGuide {

    private final TaskFactsReader facts;

    TaskGuide(TaskFactsReader facts) {
        this.facts = facts;
    }

    public Guide<TaskStatus> of(long taskId) {
        return of(facts.read(taskId));
    }

    public Guide<TaskStatus> of(TaskFacts f) {
        PlanTask t = f.task();
        String key;
        List<Object> args = List.of(t.dueDate());
        switch (t.status()) {
            case PLANNED -> key = "governance.next.planned";
            case ASSIGNED, IN_PROGRESS -> key = t.overdueOn(f.today()) ? "governance.next.overdue"
                    : "governance.next.running";
            case AWAITING_CONFIRMATION -> key = "governance.next.confirm";
            case DONE -> {
                key = t.late() ? "governance.next.done-late" : "governance.next.done";
                args = List.of(t.completedOn(), t.dueDate());
            }
            default -> key = "governance.next.cancelled";
        }
        return new Guide<>(t.status(), key, args, TaskProcedure.PROCEDURE.checks(f, TaskProcedure.PEOPLE_STEPS));
    }
}
