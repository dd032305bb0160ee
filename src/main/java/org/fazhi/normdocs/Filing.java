package org.fazhi.normdocs;

import java.time.LocalDate;

/**
 * Filing (备案) of a published document with the superior body: due date from the catalog (ND-05,
 * locality setting), the filing date and receipt, and whether the packet (text, 起草说明, review
 * opinion, 制定依据) was complete.
 */
public record Filing(Long id, Long documentId, String filedTo, LocalDate dueOn, Long deadlineId, LocalDate filedOn,
        String receiptNo, Boolean packetComplete, String missingItems) {

    public boolean filed() {
        return filedOn != null;
    }

    public boolean onTime() {
        return filedOn != null && !filedOn.isAfter(dueOn);
    }
}
