package org.fazhi.litigation;

import java.time.LocalDate;
import org.fazhi.shared.SubjectType;

/**
 * A court's 司法建议 or a procuratorate's 检察建议 to a unit ({@code issuer}; {@code court} names the issuing
 * body either way) and the unit's written reply, due by the issuer's date or else LT-12 (court) / LT-13
 * (procuratorate).
 */
public record JudicialSuggestion(Long id, long unitId, String court, String suggestionNo, LocalDate receivedOn,
        String content, Long litigationCaseId, LocalDate replyDue, SuggestionStatus status, LocalDate repliedOn,
        String replySummary, Long deadlineId, int version, SuggestionIssuer issuer) {

    public static final SubjectType SUBJECT = new SubjectType(LitigationCase.MODULE, "judicial-suggestion");
}
