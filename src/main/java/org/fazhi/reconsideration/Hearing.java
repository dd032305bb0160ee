package org.fazhi.reconsideration;

import java.time.LocalDate;

/**
 * How the parties were heard: a hearing (scheduled with its notice date, then held with who attended
 * for the respondent), opinions heard in person or by telephone, or written review with its reason.
 */
public record Hearing(Long id, long caseId, HearingKind kind, LocalDate date, LocalDate noticeSentOn, String place,
        boolean held, Boolean headAttended, String headName, String delegateName, String delegateReason,
        Boolean applicantAttended, String reason, String summary) {
}
