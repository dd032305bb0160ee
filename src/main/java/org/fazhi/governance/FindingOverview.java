package org.fazhi.governance;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.shared.procedure.Guide;

/** A finding's page in one read: the finding and its inspection, the guide, its reports, its deadline, today. */
public record FindingOverview(Finding finding, Inspection inspection, Guide<FindingStatus> guide, List<Report> reports,
        TrackedDeadline deadline, LocalDate today) {

    public FindingOverview {
        reports = List.copyOf(reports);
    }
}
