package org.fazhi.reconsideration;

import java.time.LocalDate;
import org.fazhi.shared.SubjectType;

/**
 * A 行政复议意见书 or 建议书 sent to the respondent or another lower agency, with the correction report
 * it asks for within 60 days of service (RC-08).
 */
public record OpinionLetter(Long id, long caseId, long unitId, long recipientUnitId, LetterKind kind, String letterNo,
        LocalDate issuedOn, LocalDate servedOn, String content, LetterStatus status, LocalDate reportedOn,
        String reportSummary, Long deadlineId, int version) {

    /** How other modules refer to a letter. */
    public static final SubjectType SUBJECT = new SubjectType(ReconsiderationCase.MODULE, "reconsideration-letter");
}
