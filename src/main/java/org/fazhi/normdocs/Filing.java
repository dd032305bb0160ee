package org.fazhi.normdocs;

import java.time.LocalDate;

/**
 * Filing (备案) of a published document with the superior body: due date from the catalog (ND-05,
 * locality setting), the filing date and receipt, and whether the packet (text, 起草说明, review
 * opinion, 制定依据) was complete; then the filing body's review result (备案审查) and, where it asked for a
 * correction, its due date (LC-05) and when and how it was made.
 */
public record Filing(Long id, Long documentId, String filedTo, LocalDate dueOn, Long deadlineId, LocalDate filedOn,
        String receiptNo, Boolean packetComplete, String missingItems, FilingReviewResult reviewResult,
        LocalDate reviewReceivedOn, String reviewOpinion, LocalDate correctionDueOn, Long correctionDeadlineId,
        LocalDate correctedOn, String correctionNote) {

    /** A correction was asked for and not yet reported. */
    public boolean correctionPending() {
        return reviewResult == FilingReviewResult.CORRECTION_REQUESTED && correctedOn == null;
    }

    public boolean filed() {
        return filedOn != null;
    }

    public boolean onTime() {
        return filedOn != null && !filedOn.isAfter(dueOn);
    }
}
