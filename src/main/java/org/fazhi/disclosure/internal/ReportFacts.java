package org.fazhi.disclosure.internal;

import java.time.LocalDate;
import org.fazhi.disclosure.AnnualReport;
import org.fazhi.disclosure.ReportStatus;

/** What the gates of an annual report read: the report as computed, the actor's standing, today. */
public record ReportFacts(AnnualReport report, boolean actorHandles, Long actorUserId, LocalDate today) {

    public ReportStatus status() {
        return report.status();
    }

    /** The actor is not the one who submitted it (the second person who approves). */
    public boolean secondPerson() {
        return actorUserId != null && !actorUserId.equals(report.submittedBy());
    }
}
