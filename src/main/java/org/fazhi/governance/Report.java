package org.fazhi.governance;

import java.time.LocalDate;
import java.util.List;

/** A report on a task or a finding: its kind, the unit that made it, the day, the text and the evidence files. */
public record Report(long id, ReportKind kind, long unitId, LocalDate reportedOn, String text, List<Long> fileIds,
        Long createdBy) {

    public Report {
        fileIds = List.copyOf(fileIds);
    }
}
