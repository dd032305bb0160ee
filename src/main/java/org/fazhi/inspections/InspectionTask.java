package org.fazhi.inspections;

import java.time.LocalDate;

/** A drawn task: the object, its two inspectors, and once done the result, finding and day. */
public record InspectionTask(Long id, Long planId, int seqNo, Long objectId, String objectName, Long inspectorA,
        String inspectorAName, Long inspectorB, String inspectorBName, TaskResult result, String finding,
        LocalDate inspectedOn) {
}
