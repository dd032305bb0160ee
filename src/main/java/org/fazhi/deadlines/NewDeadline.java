package org.fazhi.deadlines;

import java.time.LocalDate;
import org.fazhi.rules.RuleTerm;

/**
 * What a module registers: the subject (module, type, id, title, a console link), the rule and
 * which of its numbers runs ({@code term}), the start date, the owner unit and optionally the user
 * who must act, and what the deadline is in words ({@code label}: a message key of the registering
 * module, e.g. {@code normdocs.deadline.filing}, or plain text, e.g. "报送备案"; without it the board
 * names the rule). The due date is computed by the calendar from the rule, never by the module.
 * <pre>
 * deadlines.track(NewDeadline.of("normdocs", "document-filing", id, title, "ND-05", published, unitId)
 *         .withLabel("normdocs.deadline.filing").withLink("/console/normdocs/" + id));
 * </pre>
 */
public record NewDeadline(String module, String subjectType, String subjectId, String subjectTitle, String ruleId,
        RuleTerm term, LocalDate start, Long ownerUnitId, Long assigneeUserId, String link, String label) {

    /** Without a label (the board names the rule instead). */
    public NewDeadline(String module, String subjectType, String subjectId, String subjectTitle, String ruleId,
            RuleTerm term, LocalDate start, Long ownerUnitId, Long assigneeUserId, String link) {
        this(module, subjectType, subjectId, subjectTitle, ruleId, term, start, ownerUnitId, assigneeUserId, link,
                null);
    }

    /** A deadline of the rule's amount from {@code start}, owned by {@code ownerUnitId}. */
    public static NewDeadline of(String module, String subjectType, String subjectId, String subjectTitle,
            String ruleId, LocalDate start, Long ownerUnitId) {
        return new NewDeadline(module, subjectType, subjectId, subjectTitle, ruleId, RuleTerm.AMOUNT, start,
                ownerUnitId, null, null, null);
    }

    public NewDeadline withLabel(String labelKeyOrText) {
        return new NewDeadline(module, subjectType, subjectId, subjectTitle, ruleId, term, start, ownerUnitId,
                assigneeUserId, link, labelKeyOrText);
    }

    public NewDeadline withLink(String consolePath) {
        return new NewDeadline(module, subjectType, subjectId, subjectTitle, ruleId, term, start, ownerUnitId,
                assigneeUserId, consolePath, label);
    }

    public NewDeadline withTerm(RuleTerm which) {
        return new NewDeadline(module, subjectType, subjectId, subjectTitle, ruleId, which, start, ownerUnitId,
                assigneeUserId, link, label);
    }

    public NewDeadline withAssignee(Long userId) {
        return new NewDeadline(module, subjectType, subjectId, subjectTitle, ruleId, term, start, ownerUnitId, userId,
                link, label);
    }
}
