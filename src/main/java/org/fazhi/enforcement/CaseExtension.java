package org.fazhi.enforcement;

import java.time.LocalDate;

/** An approved extension of the decision deadline: who approved it, when, why, and the due dates. */
public record CaseExtension(Long id, Long caseId, String approvedBy, LocalDate approvedOn, String reason,
        LocalDate dueBefore, LocalDate dueAfter) {
}
