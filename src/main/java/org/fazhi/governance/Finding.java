package org.fazhi.governance;

import java.time.LocalDate;

/**
 * A problem an inspection found and its rectification: number, description, the owner unit and the
 * person in charge, the measures, the due date, where it stands, its deadline on the 督办台, the day it
 * was rectified, the day it was accepted, and the row's lock version.
 */
public record Finding(long id, long inspectionId, long inspectionUnitId, long inspectedUnitId, int findingNo,
        String description, long ownerUnitId, String ownerPerson, String measures, LocalDate dueDate,
        FindingStatus status, Long deadlineId, LocalDate rectifiedOn, LocalDate closedOn, int version) {

    public boolean overdueOn(LocalDate today) {
        return status.running() && rectifiedOn == null && today.isAfter(dueDate);
    }
}
