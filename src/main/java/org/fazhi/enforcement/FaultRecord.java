package org.fazhi.enforcement;

import java.time.LocalDate;

/** A fault found in a case (执法过错责任追究), the officer answerable, the measure, who decided it and when. */
public record FaultRecord(Long id, Long caseId, Long officerId, FaultKind kind, String description,
        AccountabilityMeasure measure, LocalDate decidedOn, String decidedBy) {
}
