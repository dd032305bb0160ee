package org.fazhi.decisions;

import java.time.LocalDate;
import org.fazhi.shared.SubjectType;

/**
 * An implementation milestone (执行节点) of a published decision: what, which unit is responsible (决策
 * 执行单位), the due date (on the 督办台 until done), and when it was completed with a note.
 */
public record Milestone(Long id, Long decisionId, int seq, String title, Long responsibleUnitId, LocalDate dueOn,
        Long deadlineId, boolean done, LocalDate completedOn, String completionNote) {

    /** How the 督办台 refers to a milestone. */
    public static final SubjectType SUBJECT = new SubjectType(DecisionCatalog.MODULE, "decision-milestone");

    /** Done on or before its due date. */
    public boolean onTime() {
        return done && !completedOn.isAfter(dueOn);
    }
}
