package org.fazhi.litigation;

import java.time.LocalDate;
import org.fazhi.shared.SubjectType;

/** A court's 司法建议 to a unit and the unit's written reply, due by the court's date or LT-12. */
public record JudicialSuggestion(Long id, long unitId, String court, String suggestionNo, LocalDate receivedOn,
        String content, Long litigationCaseId, LocalDate replyDue, SuggestionStatus status, LocalDate repliedOn,
        String replySummary, Long deadlineId, int version) {

    public static final SubjectType SUBJECT = new SubjectType(LitigationCase.MODULE, "judicial-suggestion");
}
