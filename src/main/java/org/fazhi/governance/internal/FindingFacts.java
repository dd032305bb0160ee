package org.fazhi.governance.internal;

import java.time.LocalDate;
import org.fazhi.governance.Finding;
import org.fazhi.governance.FindingStatus;

/**
 * What the gates of a rectification read: the finding, the acting user's standing (acts for the owner
 * unit; for the unit that organised the inspection), whether the user's roles report on rectification or
 * run the 法治办 that accepts it, and today.
 */
public record FindingFacts(Finding finding, boolean actorOwns, boolean actorInspects, boolean actorMayReport,
        boolean actorMayAccept, LocalDate today) {

    public FindingStatus status() {
        return finding.status();
    }
}
