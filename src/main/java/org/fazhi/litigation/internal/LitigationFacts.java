package org.fazhi.litigation.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fazhi.litigation.CourtHearing;
import org.fazhi.litigation.LitigationCase;
import org.fazhi.litigation.LitigationStatus;

/**
 * What the gates of a suit read: the case, whether the actor carries the defendant's litigation (role;
 * the scope was checked on reading), today, its hearings, and the last day to appeal once a judgment
 * is served (null while there is none, or for an instance that cannot be appealed).
 */
public record LitigationFacts(LitigationCase c, boolean actorMayHandle, LocalDate today, List<CourtHearing> hearings,
        LocalDate appealDue) {

    public LitigationFacts {
        hearings = List.copyOf(hearings);
    }

    public LitigationStatus status() {
        return c.status();
    }

    /** A hearing set and not yet recorded. */
    public Optional<CourtHearing> pendingHearing() {
        return hearings.stream().filter(h -> !h.held()).findFirst();
    }

    /** The judgment can still be appealed: a first instance, an appealable outcome. */
    public boolean appealable() {
        return c.stage().appealable() && c.judgment().outcome() != null && !c.judgment().outcome().finalAtOnce();
    }
}
