package org.fazhi.disputes.internal;

import java.time.LocalDate;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.disputes.Petition;
import org.fazhi.disputes.PetitionStatus;

/**
 * What the gates of a petition read: the petition, its handling deadline (null before acceptance),
 * whether the acting user's roles handle petitions, and today.
 */
public record PetitionFacts(Petition petition, TrackedDeadline handling, boolean actorMayHandle, LocalDate today) {

    public PetitionStatus status() {
        return petition.status();
    }

    /** Whether the handling period still runs today (an extension is approved within it). */
    public boolean handlingPeriodRuns() {
        return handling == null || !today.isAfter(handling.dueDate());
    }
}
