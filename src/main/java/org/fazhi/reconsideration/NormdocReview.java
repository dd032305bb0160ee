package org.fazhi.reconsideration;

import java.time.LocalDate;

/**
 * The incidental review of a normative document (附带审查, RC-07): the document (linked to the
 * normative-documents catalog when it is one of ours), whether this body may handle it, and the steps
 * with their clocks: handle within 30 days or forward within 7 working days; notify the issuing organ
 * within 3 working days, which answers within 10; a receiving organ replies within 60 days.
 */
public record NormdocReview(Long id, long caseId, String documentTitle, String issuingOrgan, Long normdocId,
        boolean competent, LocalDate openedOn, LocalDate issuerNotifiedOn, LocalDate issuerAnsweredOn,
        LocalDate forwardedOn, String forwardedTo, LocalDate concludedOn, NormdocConclusion conclusion,
        String conclusionNote, Long handleDeadlineId, Long noticeDeadlineId, Long answerDeadlineId,
        Long replyDeadlineId) {

    public boolean concluded() {
        return concludedOn != null;
    }
}
