package org.fazhi.deadlines;

import java.time.LocalDate;
import org.fazhi.rules.RuleTerm;

/**
 * What a module registers: the subject (module, type, id, title, a console link), the rule and
 * which of its numbers runs ({@code term}), the start date, the owner unit and optionally the user
 * who must act. The due date is computed by the calendar from the rule, never by the module.
 */
public record NewDeadline(String module, String subjectType, String subjectId, String subjectTitle, String ruleId,
        RuleTerm term, LocalDate start, Long ownerUnitId, Long assigneeUserId, String link) {
}
